import { randomBytes } from "node:crypto";

import { logger } from "@/lib/logger";
import { startStripeTestServer } from "@/lib/payments/stripe/test-server";

/** Distance from the app's port to the test server's, so instances on other ports do not collide. */
export const STRIPE_TEST_PORT_OFFSET = 10_000;

/**
 * Starts the local Stripe test server on 127.0.0.1 when STRIPE_SECRET_KEY is
 * not set, so the demo takes card payments with no Stripe account, and
 * returns the variables that point the app at it. It listens on
 * STRIPE_TEST_SERVER_PORT, or on the app's port plus
 * STRIPE_TEST_PORT_OFFSET. Returns null when a key is set: real keys win.
 */
export async function startLocalStripe(appPort: number) {
  if (process.env.STRIPE_SECRET_KEY) return null;

  const derivedPort = appPort + STRIPE_TEST_PORT_OFFSET;
  const port = Number(
    process.env.STRIPE_TEST_SERVER_PORT ?? (derivedPort <= 65_535 ? derivedPort : 0),
  );
  // A new secret at each start: only this app and this server share it.
  const webhookSecret = `whsec_local_${randomBytes(24).toString("hex")}`;
  const webhookUrl = `http://127.0.0.1:${appPort}/api/stripe/webhook`;
  const server = await startStripeTestServer({
    port,
    webhookSecret,
    webhookUrl,
    log: (message) => logger.debug({ service: "stripe-test-server" }, message),
  });
  logger.info(
    { url: server.url, webhookUrl },
    "card payments go to the local Stripe test server (no real money)",
  );

  return {
    env: {
      STRIPE_SECRET_KEY: "sk_test_local",
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_API_URL: server.url,
    },
    close: () => server.close(),
  };
}
