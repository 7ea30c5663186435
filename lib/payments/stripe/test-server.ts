import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import Stripe from "stripe";

import { checkoutPageHtml, closedPageHtml } from "./test-server-page";

/**
 * A small stand-in for the Stripe API, for tests and local development. It
 * implements only what the app calls (Checkout sessions: create, retrieve,
 * expire; refunds: create), a hosted checkout page, and signed webhook
 * events. It listens on 127.0.0.1 only and never talks to Stripe.
 */
export type StripeTestServer = {
  url: string;
  port: number;
  sessions: Map<string, TestCheckoutSession>;
  refunds: Map<string, TestRefund>;
  /** Number of POST /v1/checkout/sessions requests received, replays included. */
  sessionCreateRequests: number;
  /** Outcome of the refunds created from now on. */
  refundOutcome: "succeeded" | "pending" | "failed";
  /** Completes an open session as paid and returns the event, without sending it. */
  completeSession(sessionId: string): Stripe.Event;
  /** Marks an open session expired and returns the event, without sending it. */
  expireSession(sessionId: string): Stripe.Event;
  /** Settles a pending refund and returns the `refund.updated` event, without sending it. */
  settleRefund(refundId: string, status: "succeeded" | "failed"): Stripe.Event;
  /** Returns the event's JSON and its Stripe-Signature header. */
  signEvent(event: Stripe.Event, secret?: string): { payload: string; signature: string };
  /** Sends a signed event to the webhook and returns the HTTP status. */
  sendEvent(event: Stripe.Event, secret?: string): Promise<number>;
  close(): Promise<void>;
};

export type TestCheckoutSession = Stripe.Checkout.Session;
export type TestRefund = Stripe.Refund;

export type StripeTestServerOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  webhookSecret: string;
  /** The app's webhook, on this machine; required unless `deliver` is given. */
  webhookUrl?: string;
  /** Replaces the HTTP POST to `webhookUrl`, so a test can call the route handler directly. */
  deliver?: (payload: string, signature: string) => Promise<number>;
  log?: (message: string) => void;
};

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
// Stripe rejects a Checkout session whose `expires_at` is under 30 minutes away
// (docs.stripe.com/payments/checkout/managing-limited-inventory).
const MIN_SESSION_SECONDS = 30 * 60;

/** Starts the server on 127.0.0.1 and resolves once it listens. */
export async function startStripeTestServer(
  options: StripeTestServerOptions,
): Promise<StripeTestServer> {
  if (options.webhookUrl) assertLoopback(options.webhookUrl);
  const signer = new Stripe("sk_test_local_signer", { telemetry: false });
  const replies = new Map<string, { status: number; body: unknown }>();
  const log = options.log ?? (() => {});

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, apiError("api_error", "internal error"));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  const state: StripeTestServer = {
    url,
    port,
    sessions: new Map(),
    refunds: new Map(),
    sessionCreateRequests: 0,
    refundOutcome: "succeeded",
    completeSession,
    expireSession,
    settleRefund,
    signEvent,
    sendEvent,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const path = new URL(request.url ?? "/", url).pathname;
    const body = new URLSearchParams(await readBody(request));
    const method = request.method ?? "GET";
    log(`${method} ${path}`);

    if (method === "GET" && path === "/health") return sendJson(response, 200, { ok: true });
    if (path.startsWith("/v1/") && !request.headers.authorization?.startsWith("Bearer ")) {
      return sendJson(response, 401, apiError("invalid_request_error", "missing API key"));
    }

    const idempotencyKey = request.headers["idempotency-key"];
    const replayKey =
      method === "POST" && typeof idempotencyKey === "string" ? `${path} ${idempotencyKey}` : null;
    if (path === "/v1/checkout/sessions" && method === "POST") state.sessionCreateRequests += 1;
    const replay = replayKey ? replies.get(replayKey) : undefined;
    if (replay) return sendJson(response, replay.status, replay.body);

    const reply = await route(method, path, body);
    if (replayKey && reply.status < 500) replies.set(replayKey, reply);
    if (reply.redirect) {
      response.writeHead(303, { location: reply.redirect }).end();
    } else if (typeof reply.body === "string") {
      response.writeHead(reply.status, { "content-type": "text/html; charset=utf-8" });
      response.end(reply.body);
    } else {
      sendJson(response, reply.status, reply.body);
    }
  }

  async function route(
    method: string,
    path: string,
    body: URLSearchParams,
  ): Promise<{ status: number; body: unknown; redirect?: string }> {
    if (method === "POST" && path === "/v1/checkout/sessions") return createSession(body);
    if (method === "POST" && path === "/v1/refunds") return createRefund(body);

    const api = path.match(/^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/);
    if (api) {
      const session = state.sessions.get(api[1]);
      if (!session) return { status: 404, body: missing("checkout session", api[1]) };
      if (method === "GET" && !api[2]) return { status: 200, body: session };
      if (method === "POST" && api[2]) {
        if (session.status !== "open") {
          return { status: 400, body: apiError("invalid_request_error", "session is not open") };
        }
        expireSession(session.id);
        return { status: 200, body: session };
      }
    }

    const page = path.match(/^\/checkout\/([^/]+)(?:\/(pay|cancel))?$/);
    if (page) return hostedPage(method, page[1], page[2]);
    return { status: 404, body: apiError("invalid_request_error", `no route for ${path}`) };
  }

  function createSession(body: URLSearchParams) {
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = Number(body.get("expires_at") ?? now + 24 * 3600);
    if (expiresAt < now + MIN_SESSION_SECONDS - 60) {
      const message = "expires_at must be at least 30 minutes from now";
      return { status: 400, body: apiError("invalid_request_error", message) };
    }
    const amount = Number(body.get("line_items[0][price_data][unit_amount]") ?? 0);
    const quantity = Number(body.get("line_items[0][quantity]") ?? 1);
    const id = `cs_test_${randomId()}`;
    const session = {
      id,
      object: "checkout.session",
      mode: body.get("mode") ?? "payment",
      status: "open",
      payment_status: "unpaid",
      amount_total: amount * quantity,
      currency: body.get("line_items[0][price_data][currency]") ?? "eur",
      client_reference_id: body.get("client_reference_id"),
      customer_email: body.get("customer_email"),
      metadata: bracketedObject(body, "metadata"),
      success_url: body.get("success_url"),
      cancel_url: body.get("cancel_url"),
      expires_at: expiresAt,
      created: now,
      livemode: false,
      payment_intent: null,
      url: `${url}/checkout/${id}`,
    } as unknown as TestCheckoutSession;
    state.sessions.set(id, session);
    return { status: 200, body: session };
  }

  function createRefund(body: URLSearchParams) {
    const paymentIntent = body.get("payment_intent");
    const paid = [...state.sessions.values()].find(
      (session) => session.payment_intent === paymentIntent,
    );
    if (!paid) return { status: 404, body: missing("payment intent", paymentIntent) };
    const amount = Number(body.get("amount") ?? paid.amount_total);
    const refunded = [...state.refunds.values()]
      .filter((refund) => refund.payment_intent === paymentIntent && refund.status !== "failed")
      .reduce((total, refund) => total + refund.amount, 0);
    if (amount <= 0 || refunded + amount > (paid.amount_total ?? 0)) {
      const message = `amount ${amount} exceeds what is left to refund`;
      return { status: 400, body: apiError("invalid_request_error", message) };
    }
    const refund = {
      id: `re_test_${randomId()}`,
      object: "refund",
      amount,
      currency: paid.currency,
      payment_intent: paymentIntent,
      metadata: bracketedObject(body, "metadata"),
      status: state.refundOutcome,
      created: Math.floor(Date.now() / 1000),
    } as unknown as TestRefund;
    state.refunds.set(refund.id, refund);
    return { status: 200, body: refund };
  }

  async function hostedPage(method: string, sessionId: string, action: string | undefined) {
    const session = state.sessions.get(sessionId);
    if (!session) return { status: 404, body: closedPageHtml("Session de paiement inconnue.") };
    if (session.status === "open" && session.expires_at * 1000 <= Date.now()) {
      expireSession(session.id);
    }
    if (method === "GET" && !action) {
      if (session.status !== "open") {
        return { status: 410, body: closedPageHtml("Cette session de paiement est close.") };
      }
      return { status: 200, body: checkoutPageHtml(session) };
    }
    if (method === "POST" && action === "cancel") {
      return { status: 303, body: null, redirect: session.cancel_url ?? url };
    }
    if (method === "POST" && action === "pay") {
      if (session.status !== "open") {
        return { status: 410, body: closedPageHtml("Cette session de paiement est close.") };
      }
      const status = await sendEvent(completeSession(session.id));
      log(`webhook answered ${status} for ${session.id}`);
      const successUrl = (session.success_url ?? url).replace("{CHECKOUT_SESSION_ID}", session.id);
      return { status: 303, body: null, redirect: successUrl };
    }
    return { status: 404, body: closedPageHtml("Page inconnue.") };
  }

  function completeSession(sessionId: string) {
    const session = openSession(sessionId);
    session.status = "complete";
    session.payment_status = "paid";
    session.payment_intent = `pi_test_${randomId()}`;
    return buildEvent("checkout.session.completed", session);
  }

  function expireSession(sessionId: string) {
    const session = openSession(sessionId);
    session.status = "expired";
    return buildEvent("checkout.session.expired", session);
  }

  function settleRefund(refundId: string, status: "succeeded" | "failed") {
    const refund = state.refunds.get(refundId);
    if (!refund) throw new Error(`Unknown refund ${refundId}.`);
    refund.status = status;
    return buildEvent(status === "failed" ? "refund.failed" : "refund.updated", refund);
  }

  function openSession(sessionId: string) {
    const session = state.sessions.get(sessionId);
    if (!session) throw new Error(`Unknown checkout session ${sessionId}.`);
    if (session.status !== "open") throw new Error(`Checkout session ${sessionId} is not open.`);
    return session;
  }

  function signEvent(event: Stripe.Event, secret = options.webhookSecret) {
    const payload = JSON.stringify(event);
    return { payload, signature: signer.webhooks.generateTestHeaderString({ payload, secret }) };
  }

  async function sendEvent(event: Stripe.Event, secret?: string) {
    const { payload, signature } = signEvent(event, secret);
    if (options.deliver) return options.deliver(payload, signature);
    if (!options.webhookUrl) throw new Error("The test server has no webhook URL.");
    const response = await fetch(options.webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
    });
    return response.status;
  }

  return state;
}

function buildEvent(type: string, object: object): Stripe.Event {
  // A copy, so later changes to the session do not alter an event already built.
  const snapshot = JSON.parse(JSON.stringify(object)) as object;
  return {
    id: `evt_test_${randomId()}`,
    object: "event",
    api_version: null,
    created: Math.floor(Date.now() / 1000),
    type,
    data: { object: snapshot },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  } as unknown as Stripe.Event;
}

/** Rebuilds `name[key]=value` form fields into an object, as Stripe does for metadata. */
function bracketedObject(body: URLSearchParams, name: string) {
  const object: Record<string, string> = {};
  for (const [key, value] of body) {
    const match = key.match(new RegExp(`^${name}\\[([^\\]]+)\\]$`));
    if (match) object[match[1]] = value;
  }
  return object;
}

function assertLoopback(webhookUrl: string) {
  const host = new URL(webhookUrl).host.replace(/:\d+$/, "");
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new Error(`The test server sends events only to this machine, not to ${webhookUrl}.`);
  }
}

function randomId() {
  return randomBytes(12).toString("hex");
}

function apiError(type: string, message: string) {
  return { error: { type, message } };
}

function missing(what: string, id: string | null | undefined) {
  return apiError("invalid_request_error", `No such ${what}: '${id ?? ""}'`);
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      text += chunk;
    });
    request.on("end", () => resolve(text));
    request.on("error", reject);
  });
}
