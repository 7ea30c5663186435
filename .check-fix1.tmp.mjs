import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
const BASE = "http://127.0.0.1:3470";
const shots = "/tmp/fix1-shots";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
async function signIn(page, email) {
  await page.goto(BASE + "/login");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("entraide-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
const text = async (page) => (await page.locator("main").innerText()).replace(/\n+/g, " | ");
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
await signIn(page, "prestations@entraide.test");
await page.goto(BASE + "/admin/members?q=" + process.argv[2]);
const household = await page.locator('a[href^="/admin/households/"]').first().getAttribute("href");
await page.goto(BASE + household + "/book");
const session = await page.locator('main a[href*="/book?session="]').first().getAttribute("href");
await page.goto(BASE + session);
await page.locator('main input[type="checkbox"]:not([disabled])').first().check();
await page.getByRole("button", { name: "Confirmer la réservation" }).click();
await page.waitForURL(/\/admin\/bookings\//);
const bookingUrl = page.url();
console.log("booking", bookingUrl);
writeFileSync(shots + "/booking-url.txt", bookingUrl);

// 4. Cash desk closed: a cash tender.
await page.getByLabel("Moyen de paiement 1").selectOption("CASH");
await page.getByLabel("Montant (€)").fill("10");
await page.getByRole("button", { name: "Enregistrer le paiement" }).click();
await page.waitForTimeout(1500);
const form = page.locator("form", { has: page.getByRole("button", { name: "Enregistrer le paiement" }) });
console.log("DESK CLOSED form:", (await form.innerText()).replace(/\n+/g, " | ").slice(0, 500));
await form.screenshot({ path: shots + "/4-desk-closed.png" });

await page.goto(BASE + "/admin/cash-desk");
if (await page.getByLabel("Fond de caisse (€)").count()) {
  await page.getByLabel("Fond de caisse (€)").fill("50");
  await page.getByRole("button", { name: "Ouvrir la caisse" }).click();
}
await page.waitForTimeout(1500);

await page.goto(bookingUrl);
await page.getByLabel("Moyen de paiement 1").selectOption("CASH");
await page.getByLabel("Montant (€)").fill("9999");
await page.getByRole("button", { name: "Enregistrer le paiement" }).click();
await page.waitForTimeout(1500);
console.log("OVER BALANCE form:", (await form.innerText()).replace(/\n+/g, " | ").slice(0, 500));
await form.screenshot({ path: shots + "/4-over-balance.png" });

// 1/6. ANCV with 13 vouchers of 10 €, and a cheque of 20 €.
await page.goto(bookingUrl);
await page.getByLabel("Moyen de paiement 1").selectOption("ANCV");
const stamp = Date.now().toString().slice(-7);
for (let i = 1; i <= 13; i++) {
  if (i > 1) await page.getByRole("button", { name: "Ajouter un chèque-vacances ANCV" }).click();
  await page.getByLabel(`N° du chèque-vacances ANCV ${i}`, { exact: true }).fill(`${stamp}${String(i).padStart(2, "0")}`);
  await page.getByLabel(`Valeur du chèque ${i}`, { exact: true }).selectOption("1000");
}
await page.getByRole("button", { name: "Ajouter un moyen de paiement" }).click();
await page.getByLabel("Moyen de paiement 2").selectOption("CHEQUE");
await page.getByLabel("Montant (€)").fill("20");
await page.getByLabel("Banque", { exact: true }).fill("Banque Populaire Occitane");
await page.getByLabel("N° du chèque", { exact: true }).fill("0045871");
await page.getByLabel("Titulaire du compte").fill("Maxence Bertrand");
await page.getByRole("button", { name: "Enregistrer le paiement" }).click();
await page.waitForTimeout(2500);
console.log("PAID:", (await text(page)).slice(0, 200));
await page.screenshot({ path: shots + "/6-booking-390.png", fullPage: true });
const receipts = await page.locator('a[href*="/receipt"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
console.log("receipts", receipts);
for (const [index, href] of receipts.entries()) {
  const response = await page.request.get(BASE + href);
  writeFileSync(`${shots}/receipt-${index}.pdf`, await response.body());
}
await ctx.close();
await browser.close();
