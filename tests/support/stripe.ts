// The local Stripe test server for payment tests, with the app configured to
// use it. Events from its hosted page go straight to the webhook's route
// handler, so no Next.js server is needed.
import { afterAll, beforeAll } from "vitest";

import { POST } from "@/app/api/stripe/webhook/route";
import { db } from "@/lib/db";
import { startStripeTestServer, type StripeTestServer } from "@/lib/payments/stripe/test-server";

export const TEST_WEBHOOK_SECRET = "whsec_entraide_tests";

/** Posts a payload to the webhook route as Stripe would, and returns the HTTP status. */
export async function postToWebhook(payload: string, signature: string) {
  const response = await POST(
    new Request("http://127.0.0.1/api/stripe/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": signature },
      body: payload,
    }),
  );
  return response.status;
}

/**
 * Starts a test server for the file's tests and points the Stripe client at
 * it. Returns a getter, since the server exists only once `beforeAll` ran.
 */
export function setUpStripeTestServer() {
  let server: StripeTestServer | undefined;
  beforeAll(async () => {
    server = await startStripeTestServer({
      webhookSecret: TEST_WEBHOOK_SECRET,
      deliver: postToWebhook,
    });
    process.env.STRIPE_SECRET_KEY = "sk_test_entraide";
    process.env.STRIPE_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
    process.env.STRIPE_API_URL = server.url;
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error("The Stripe test server has not started.");
    return server;
  };
}

/** Returns the Checkout sessions the test server holds for a booking. */
export function sessionsOfBooking(server: StripeTestServer, bookingId: string) {
  return [...server.sessions.values()].filter(
    (session) => session.metadata?.bookingId === bookingId,
  );
}

/** Returns the e-mails queued for an address whose subject starts with `prefix`. */
export function emailsTo(to: string, prefix: string) {
  return db.outboundEmail.findMany({ where: { to, subject: { startsWith: prefix } } });
}
