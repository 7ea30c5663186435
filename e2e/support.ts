import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "entraide-demo";

const outboxDir = path.resolve(".data/e2e/outbox");
const screenshotDir = path.resolve("test-results/screenshots");

/** Signs in through the login form, as a person would, and waits for the landing page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForURL("/");
}

/** Keeps a full-page screenshot of a main page as a test artifact. */
export async function keepScreenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Fails on serious accessibility violations (axe-core, WCAG 2 A and AA rules). */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** Waits for an e-mail to `to` whose text contains `needle` in the local outbox and returns its source. */
export async function waitForEmail(to: string, needle: string): Promise<string> {
  let found = "";
  await expect
    .poll(
      async () => {
        const files = await readdir(outboxDir).catch(() => [] as string[]);
        for (const file of files) {
          const source = await readFile(path.join(outboxDir, file), "utf8");
          const decoded = decodeQuotedPrintable(source);
          if (decoded.includes(to) && decoded.includes(needle)) {
            found = decoded;
            return true;
          }
        }
        return false;
      },
      { timeout: 30_000, message: `e-mail to ${to} containing "${needle}"` },
    )
    .toBe(true);
  return found;
}

/** Decodes a quoted-printable e-mail source (soft line breaks and =XX bytes) as UTF-8. */
function decodeQuotedPrintable(source: string) {
  const bytes = source
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

export function fixturePath(name: string) {
  return path.resolve("e2e/fixtures", name);
}

/** Matches a French amount whatever spaces Intl puts inside it ("1 234,56 €"). */
export function euros(amount: string) {
  return new RegExp(amount.replace(/ /g, "\\s?").replace(/€/, "\\s?€"));
}

/**
 * Pays on the hosted checkout page of the local Stripe test server after
 * checking the amount, and waits for the return to the app. The test server
 * posts the signed `checkout.session.completed` event before redirecting.
 */
export async function payOnStripeTestServer(page: Page, amount: string) {
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/checkout\/cs_test_\w+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paiement par carte (test)");
  await expect(page.getByText(/Montant :/)).toContainText(euros(amount));
  await page.getByRole("button", { name: "Payer" }).click();
  await page.waitForURL(/\/account\/bookings\/[^/?]+\?paiement=ok$/);
}
