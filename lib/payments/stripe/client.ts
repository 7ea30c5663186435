import Stripe from "stripe";

let cached: { key: string; apiUrl: string | undefined; client: Stripe } | undefined;

/** Tells whether card payments are on: both the API key and the webhook secret are set. */
export function isStripeConfigured() {
  return Boolean(process.env.STRIPE_SECRET_KEY && process.env.STRIPE_WEBHOOK_SECRET);
}

/** The webhook signing secret; raises when it is not set. */
export function stripeWebhookSecret() {
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new Error("STRIPE_WEBHOOK_SECRET is not set: card payments are off.");
  return secret;
}

/**
 * Returns the Stripe client of this process. STRIPE_API_URL (for example
 * `http://127.0.0.1:12111`) points it at another server, such as the local
 * test server; without it the client calls api.stripe.com. Raises when
 * STRIPE_SECRET_KEY is not set.
 */
export function getStripe(): Stripe {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) throw new Error("STRIPE_SECRET_KEY is not set: card payments are off.");
  const apiUrl = process.env.STRIPE_API_URL || undefined;
  if (cached && cached.key === key && cached.apiUrl === apiUrl) return cached.client;

  const client = new Stripe(key, {
    ...serverAddress(apiUrl),
    // Every call that creates something passes an idempotency key, so a
    // retry after a lost response never charges or refunds twice.
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
  });
  cached = { key, apiUrl, client };
  return client;
}

function serverAddress(apiUrl: string | undefined) {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`STRIPE_API_URL must be an http or https URL, got "${apiUrl}".`);
  }
  const protocol = url.protocol === "http:" ? ("http" as const) : ("https" as const);
  return {
    host: url.hostname,
    port: url.port || (protocol === "http" ? 80 : 443),
    protocol,
  };
}
