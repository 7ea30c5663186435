import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";
const BASE = "http://127.0.0.1:3470";
const shots = "/tmp/fix1-shots";
const bookingUrl = readFileSync(shots + "/booking-url.txt", "utf8").trim();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
async function signIn(page, email) {
  await page.goto(BASE + "/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("entraide-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
await signIn(page, "prestations@entraide.test");
await page.goto(bookingUrl);
const paymentItems = await page.locator("li", { hasText: "Reçu n°" }).allInnerTexts();
console.log("PAYMENT LIST:", paymentItems.map((x) => x.replace(/\n+/g, " | ")).join("\n  "));

await page.goto(BASE + "/admin/cash-desk");
const report = await page.locator('a[href^="/admin/cash-desk/"]').first().getAttribute("href");
await page.goto(BASE + report);
await page.screenshot({ path: shots + "/7-cash-desk-report-390.png", fullPage: true });
const broken = await page.evaluate(() =>
  [...document.querySelectorAll("main th, main td")]
    .filter((cell) => getComputedStyle(cell).whiteSpace !== "nowrap" && cell.getClientRects().length)
    .map((cell) => cell.textContent.slice(0, 40)),
);
console.log("report cells that may wrap:", broken);
console.log("regions:", await page.getByRole("region").evaluateAll((rs) => rs.map((r) => [r.getAttribute("aria-label"), r.scrollWidth, r.clientWidth])));

await page.goto(BASE + "/admin/payments");
await page.screenshot({ path: shots + "/7-payments-390.png", fullPage: true });
console.log("payments regions:", await page.getByRole("region").evaluateAll((rs) => rs.map((r) => [r.getAttribute("aria-label"), r.scrollWidth, r.clientWidth])));
const today = new Date().toISOString().slice(0, 10);
const csv = await (await page.request.get(`${BASE}/admin/payments/export?du=${today}&au=${today}`)).text();
const csvLines = csv.trim().split(/\r\n/);
console.log("CSV header:", csvLines[0]);
console.log("CSV last:", csvLines.slice(-3).join("\n"));

// Cancel the booking, fee waived, to create refunds.
await page.goto(bookingUrl);
await page.getByLabel("Motif de l'annulation").fill("Séance annulée par le cinéma.");
const waive = page.getByLabel(/Rembourser tout ce qui a été payé/);
if (await waive.count()) await waive.check();
await page.getByRole("button", { name: "Annuler la réservation" }).click();
await page.waitForTimeout(2500);
await page.goto(BASE + "/admin/refunds");
await page.screenshot({ path: shots + "/5-refunds-390.png", fullPage: true });
console.log("REFUNDS:", (await page.locator("main").innerText()).replace(/\n+/g, " | ").slice(0, 1800));
await ctx.close();

const direction = await browser.newContext({ viewport: { width: 1100, height: 900 } });
const dpage = await direction.newPage();
await signIn(dpage, "direction@entraide.test");
await dpage.goto(BASE + "/admin/audit");
await dpage.screenshot({ path: shots + "/3-audit.png", fullPage: false });
console.log("AUDIT:", (await dpage.locator("main ol").first().innerText()).replace(/\n+/g, " | ").slice(0, 3000));
await dpage.goto(bookingUrl);
const history = await dpage.locator("section", { hasText: "Historique" }).last().innerText();
console.log("HISTORY:", history.replace(/\n+/g, " | "));
await browser.close();
