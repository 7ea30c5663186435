import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3300);
const baseURL = `http://127.0.0.1:${port}`;
// The project's own stand-in for the Stripe API (lib/payments/stripe/test-server.ts):
// the app creates Checkout sessions and refunds there, and its "Payer" button
// sends signed webhook events back to the app.
const stripePort = Number(process.env.E2E_STRIPE_PORT ?? 3312);
const stripeURL = `http://127.0.0.1:${stripePort}`;
const stripeWebhookSecret = "whsec_e2e_only_not_used_anywhere_else";

// Everything the end-to-end run writes (database, uploads, e-mails) lives
// under .data/e2e and is recreated by scripts/test.ts before each run.
const e2eDir = path.resolve(".data/e2e");
export const E2E_OUTBOX_DIR = path.join(e2eDir, "outbox");

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: "npx tsx scripts/stripe-test-server.ts",
      url: `${stripeURL}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        STRIPE_TEST_SERVER_PORT: String(stripePort),
        STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
        STRIPE_WEBHOOK_URL: `${baseURL}/api/stripe/webhook`,
      },
    },
    {
      command: "npx tsx --conditions=react-server scripts/start.ts prod",
      url: `${baseURL}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(port),
        EMBEDDED_DB_PORT: process.env.E2E_DB_PORT ?? "5499",
        EMBEDDED_DB_DIR: path.join(e2eDir, "postgres"),
        STORAGE_DIR: path.join(e2eDir, "uploads"),
        EMAIL_OUTBOX_DIR: E2E_OUTBOX_DIR,
        NEXTAUTH_SECRET: "e2e-only-secret-not-used-anywhere-else",
        NEXTAUTH_URL: baseURL,
        LOG_LEVEL: "warn",
        STRIPE_SECRET_KEY: "sk_test_e2e_only",
        STRIPE_WEBHOOK_SECRET: stripeWebhookSecret,
        STRIPE_API_URL: stripeURL,
      },
    },
  ],
});
