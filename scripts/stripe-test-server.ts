// Runs the local Stripe test server on 127.0.0.1 for development and the
// end-to-end tests. Point the app at it with the same webhook secret:
//   STRIPE_WEBHOOK_SECRET=whsec_local STRIPE_TEST_SERVER_PORT=12111 \
//     STRIPE_WEBHOOK_URL=http://127.0.0.1:3000/api/stripe/webhook \
//     npx tsx scripts/stripe-test-server.ts
//   STRIPE_SECRET_KEY=sk_test_local STRIPE_WEBHOOK_SECRET=whsec_local \
//     STRIPE_API_URL=http://127.0.0.1:12111 npm run dev
import { startStripeTestServer } from "../lib/payments/stripe/test-server";

const port = Number(process.env.STRIPE_TEST_SERVER_PORT ?? 12111);
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET;
if (!webhookSecret) {
  console.error("STRIPE_WEBHOOK_SECRET is not set: give the test server the app's secret.");
  process.exit(1);
}
const webhookUrl =
  process.env.STRIPE_WEBHOOK_URL ??
  `http://127.0.0.1:${process.env.PORT ?? 3000}/api/stripe/webhook`;

const server = await startStripeTestServer({
  port,
  webhookSecret,
  webhookUrl,
  log: (message) => console.log(`[stripe-test-server] ${message}`),
});
console.log(`[stripe-test-server] listening on ${server.url}, events go to ${webhookUrl}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
