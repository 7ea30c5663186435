import { expect, test, type Locator, type Page } from "@playwright/test";

import { pdfText } from "../tests/support/pdf-text";
import {
  euros,
  expectNoSeriousA11yViolations,
  keepScreenshot,
  payOnStripeTestServer,
  signIn,
  signOut,
  waitForEmail,
} from "./support";

// Two families book the same colonie. The first pays its share by card on
// the local Stripe test server and downloads the receipt. The second pays
// part at the office with a cheque and ANCV vouchers taken by the Caisse,
// and the rest by card. Then it cancels, so the offer's cancellation scale
// keeps a fee. The card part goes back through Stripe and the office part
// waits in the staff's refunds to issue. The booking journey runs first on
// the same database with these two accounts, on another offer.
test.describe.configure({ mode: "serial" });

// Teenage stay in Ariège, one 10-day session in late July, 780 € per child,
// no published age limit, first come first served.
const offer = {
  slug: "trip-la-maraude-ados-colline",
  title: "Séjour d’aventure en autogestion pour adolescents en Ariège",
};
// Tranche 7 gets 15 % of 780 €: 117 €, so the share is 663 €.
const cardFamily = { email: "adherent@entraide.test", child: "Hugo Bernard", share: "663,00 €" };
// Tranche 3 gets 50 % of 780 €: 390 €, under the 400 € cap, so the share is 390 €.
const officeFamily = { email: "famille@entraide.test", child: "Noah Martin", share: "390,00 €" };
const caisse = "prestations@entraide.test";

// Office tenders on the second family's booking: 150 € cheque + 2 × 50 € ANCV.
const cheque = { bank: "Banque Populaire Occitane", number: "0004821", holder: "Thomas Martin" };
const voucherSerials = ["E2E000000101", "E2E000000102"];
// Staff add a scale line that covers any day of the season: 366 days or fewer
// before the first day keep 20 %. Cancelling keeps 20 % of 390 € = 78 € and
// refunds 312 €: the 140 € card part first, then 172 € of the office part.
const addedTier = { daysBefore: "366", retainedPercent: "20" };
const fee = "78,00 €";
const refund = "312,00 €";
const cardPart = "140,00 €";
const officeRefund = 17_200;

// Set by the booking steps, read by the later ones.
let cardBookingUrl = "";
let officeBookingUrl = "";
let officeReference = "";

/** Books the offer's only session for one child and returns the booking page's address. */
async function bookForChild(page: Page, child: string) {
  await page.goto(`/catalogue/${offer.slug}`);
  await page.getByRole("link", { name: /Réserver la session du/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Réserver : ${offer.title}`);
  await page.getByLabel(child).check();
  await page.getByRole("button", { name: "Confirmer la réservation" }).click();
  await page.waitForURL(/\/account\/bookings\/[^/?]+\?created=1$/);
  await expect(
    page.getByText(/Vos places sont retenues jusqu'au .+ \(réservation R\d{2}-\w+\)/),
  ).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

/** Returns the "Paiement" section of a member's booking page. */
function paymentBlock(page: Page) {
  return page.getByRole("region", { name: "Paiement" });
}

/** Returns the value shown next to a label in a description list. */
function definitionIn(scope: Locator, term: string) {
  return scope.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Parses a French amount such as "1 234,50 €" into cents. */
function parseCents(text: string) {
  const digits = text.replace(/[^\d,]/g, "").replace(",", ".");
  return Math.round(Number(digits) * 100);
}

test("staff extend the cancellation scale", async ({ page }) => {
  await signIn(page, "vacances@entraide.test");
  await page.goto("/admin/offers?kind=TRIP");
  await page.getByRole("link", { name: offer.title }).click();
  await page.getByRole("button", { name: "Ajouter une ligne" }).click();
  await page.getByLabel("Jours avant le début (au plus)").last().fill(addedTier.daysBefore);
  await page.getByLabel("Pourcentage retenu").last().fill(addedTier.retainedPercent);
  await page.getByRole("button", { name: "Enregistrer l'offre" }).click();
  await expect(page.getByText("Offre enregistrée.")).toBeVisible();
  await signOut(page);
});

test("member pays booking by card", async ({ page }) => {
  await signIn(page, cardFamily.email);
  cardBookingUrl = await bookForChild(page, cardFamily.child);

  const block = paymentBlock(page);
  await expect(definitionIn(block, "Votre part")).toHaveText(euros(cardFamily.share));
  await expect(definitionIn(block, "Reste à payer")).toHaveText(euros(cardFamily.share));
  await expect(block.getByText(/Places retenues jusqu'au/)).toBeVisible();
  await expect(
    page.getByText("À 366 jours ou moins du premier jour : 20 % de votre part conservés"),
  ).toBeVisible();
  await keepScreenshot(page, "payment-01-booking-to-pay");
  await expectNoSeriousA11yViolations(page);

  await block.getByRole("button", { name: "Payer par carte" }).click();
  await payOnStripeTestServer(page, cardFamily.share);

  // The test server posts the signed event before it redirects, so the
  // payment is usually recorded already; the page refreshes until it is.
  await expect(page).toHaveURL(`${cardBookingUrl}?paiement=ok`);
  await expect(block.getByText("Votre part est entièrement payée.")).toBeVisible();
  await expect(definitionIn(block, "Déjà payé")).toHaveText(euros(cardFamily.share));
  await expect(definitionIn(block, "Reste à payer")).toHaveText(euros("0,00 €"));
  await expect(block.getByText(/Places retenues jusqu'au/)).toHaveCount(0);
  await expect(block.getByRole("button", { name: "Payer par carte" })).toHaveCount(0);
  await keepScreenshot(page, "payment-02-card-paid");
  await expectNoSeriousA11yViolations(page);
  await waitForEmail(cardFamily.email, "Nous avons bien reçu votre paiement par carte");
});

test("member downloads card receipt", async ({ page }) => {
  await signIn(page, cardFamily.email);
  await page.getByRole("link", { name: "Mes paiements" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes paiements");
  const payment = page.getByRole("listitem").filter({ hasText: offer.title });
  await expect(payment).toHaveCount(1);
  await expect(payment.getByText(euros(cardFamily.share))).toBeVisible();
  await expect(payment.getByText(/Carte bancaire/)).toBeVisible();
  await keepScreenshot(page, "payment-03-my-payments");
  await expectNoSeriousA11yViolations(page);

  const link = payment.getByRole("link", { name: /Reçu n° \d{4}-\d{6} \(PDF\)/ });
  const receiptNumber = (await link.textContent())?.match(/\d{4}-\d{6}/)?.[0] ?? "";
  const response = await page.request.get((await link.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const text = await pdfText(bytes);
  expect(text).toContain(`Reçu de paiement n° ${receiptNumber}`);
  expect(text).toContain(offer.title);
  expect(text).toContain(cardFamily.child);
  expect(text).toContain("Carte bancaire");
  expect(text).toMatch(euros("780,00 €"));
  expect(text).toMatch(euros("117,00 €"));
  expect(text).toMatch(euros(cardFamily.share));
  expect(text).toMatch(/Reste à payer à cette date\s+0,00\s?€/);
});

test("member chooses office payment", async ({ page }) => {
  await signIn(page, officeFamily.email);
  officeBookingUrl = await bookForChild(page, officeFamily.child);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  officeReference = heading?.replace("Réservation ", "").trim() ?? "";
  expect(officeReference).toMatch(/^R\d{2}-/);

  await expect(definitionIn(paymentBlock(page), "Votre part")).toHaveText(
    euros(officeFamily.share),
  );
  await page.getByRole("button", { name: "Je paierai à l'accueil" }).click();
  await expect(page.getByText(/Vous avez choisi de payer à l'accueil/)).toBeVisible();
  await expect(page.getByText(new RegExp(`avec la référence ${officeReference}`))).toBeVisible();
  await keepScreenshot(page, "payment-04-pay-at-office");
  await expectNoSeriousA11yViolations(page);
});

test("caisse takes cheque and ANCV", async ({ page }) => {
  await signIn(page, caisse);
  await page.goto("/admin/cash-desk");
  await page.getByLabel("Fond de caisse (€)").fill("50");
  await page.getByRole("button", { name: "Ouvrir la caisse" }).click();
  // The opening form gives way to the open desk, so its status message goes with it.
  await expect(page.getByRole("heading", { name: "Ma caisse est ouverte" })).toBeVisible();
  await expect(page.getByText(/avec un fond de caisse de 50,00\s?€/)).toBeVisible();

  await page.getByRole("link", { name: "Soldes à percevoir" }).first().click();
  await page.getByRole("link", { name: new RegExp(officeReference) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(officeReference);

  await page.getByLabel("Moyen de paiement 1").selectOption({ label: "Chèque" });
  await page.getByLabel("Montant (€)").fill("150");
  await page.getByLabel("Banque").fill(cheque.bank);
  await page.getByLabel("N° du chèque").fill(cheque.number);
  await page.getByLabel("Titulaire du compte").fill(cheque.holder);

  await page.getByRole("button", { name: "Ajouter un moyen de paiement" }).click();
  await page.getByLabel("Moyen de paiement 2").selectOption({ label: "Chèques-vacances ANCV" });
  await page.getByRole("button", { name: "Ajouter un chèque-vacances ANCV" }).click();
  for (const [index, serial] of voucherSerials.entries()) {
    await page.getByLabel(`N° du chèque-vacances ANCV ${index + 1}`).fill(serial);
    await page.getByLabel(`Valeur du chèque ${index + 1}`).selectOption({ label: "50,00 €" });
  }
  await expect(
    page.getByText(/Total saisi : 250,00\s?€, reste à payer : 390,00\s?€/),
  ).toBeVisible();
  await keepScreenshot(page, "payment-05-office-tenders");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(page.getByText("2 paiements enregistrés.")).toBeVisible();
  const received = page.getByRole("list").filter({ hasText: "Reçu n°" });
  await expect(received.getByText(/Chèque · 150,00\s?€/)).toBeVisible();
  await expect(received.getByText(/Chèques-vacances ANCV · 100,00\s?€/)).toBeVisible();
  for (const serial of voucherSerials) {
    await expect(received.getByText(new RegExp(`n° ${serial} \\(50,00\\s?€\\)`))).toBeVisible();
  }
  await expect(definitionIn(page.locator("main"), "Reste à payer")).toHaveText(euros(cardPart));
  await keepScreenshot(page, "payment-06-office-recorded");
});

test("member pays the rest by card", async ({ page }) => {
  await signIn(page, officeFamily.email);
  await page.goto(officeBookingUrl);
  const block = paymentBlock(page);
  await expect(definitionIn(block, "Déjà payé")).toHaveText(euros("250,00 €"));
  await expect(definitionIn(block, "Reste à payer")).toHaveText(euros(cardPart));

  await block.getByRole("button", { name: "Payer par carte" }).click();
  await payOnStripeTestServer(page, cardPart);
  await expect(block.getByText("Votre part est entièrement payée.")).toBeVisible();
  await expect(definitionIn(block, "Déjà payé")).toHaveText(euros(officeFamily.share));
});

test("cancellation refund follows the scale", async ({ page }) => {
  await signIn(page, officeFamily.email);
  await page.goto(officeBookingUrl);
  await page.getByRole("button", { name: "Annuler la réservation" }).click();
  const confirmation = page.getByRole("group", { name: "Annuler la réservation" });
  await expect(confirmation).toContainText(
    new RegExp(
      `Selon le barème, ${euros(fee).source} seront conservés sur les ` +
        `${euros(officeFamily.share).source} versés et ${euros(refund).source} vous seront`,
    ),
  );
  await keepScreenshot(page, "payment-07-cancel-terms");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Oui, annuler la réservation" }).click();
  await expect(page.getByText("Votre réservation est annulée.")).toBeVisible();
  const block = paymentBlock(page);
  // The card part goes back through Stripe from a background job; the office
  // part stays in progress until staff issue it.
  await expect(async () => {
    await page.reload();
    await expect(definitionIn(block, "Remboursé")).toHaveText(euros(cardPart), { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(definitionIn(block, "Frais d'annulation retenus")).toHaveText(euros(fee));
  await expect(definitionIn(block, "Remboursement en cours")).toHaveText(euros("172,00 €"));
  await expect(definitionIn(block, "Reste à payer")).toHaveText(euros("0,00 €"));
  await keepScreenshot(page, "payment-08-cancelled");
  await expectNoSeriousA11yViolations(page);
  await waitForEmail(officeFamily.email, "Nous vous remboursons");
});

test("staff see card and office refunds", async ({ page }) => {
  await signIn(page, caisse);
  await page.goto(`/admin/payments/bookings/${officeBookingUrl.split("/").pop()}`);
  await expect(definitionIn(page.locator("main"), "Frais d'annulation retenus")).toHaveText(
    euros(fee),
  );
  const refunds = page.getByRole("list").filter({ hasText: "À rembourser" });
  // The card part goes to the Stripe test server from a background job.
  await expect(async () => {
    await page.reload();
    await expect(
      page.getByText(new RegExp(`${euros(cardPart).source} · Carte bancaire · Remboursé`)),
    ).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(refunds).toBeVisible();
  await keepScreenshot(page, "payment-09-staff-booking-refunds");

  await page.goto("/admin/refunds");
  const toIssue = page.getByRole("listitem").filter({ hasText: officeReference });
  await expect(toIssue.first()).toBeVisible();
  const amounts = await toIssue.locator("span.tabular-nums").allTextContents();
  expect(amounts.map(parseCents).reduce((sum, cents) => sum + cents, 0)).toBe(officeRefund);
  for (const row of await toIssue.all()) {
    await expect(
      row.getByText(/À rembourser · (Chèque|Chèques-vacances ANCV) · Annulation/),
    ).toBeVisible();
  }
  await expect(toIssue.getByText(/Carte bancaire/)).toHaveCount(0);
  await keepScreenshot(page, "payment-10-refunds-to-issue");
  await expectNoSeriousA11yViolations(page);
});

test("cash desk closes without difference", async ({ page }) => {
  await signIn(page, caisse);
  await page.goto("/admin/cash-desk");
  const expected = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Ma caisse est ouverte" }) });
  await expect(definitionIn(expected, "Espèces attendues (fond compris)")).toHaveText(
    euros("50,00 €"),
  );
  await expect(definitionIn(expected, "Chèques attendus")).toHaveText(euros("150,00 €"));
  await expect(definitionIn(expected, "Chèques-vacances ANCV attendus")).toHaveText(
    euros("100,00 €"),
  );
  await keepScreenshot(page, "payment-11-cash-desk-open");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Espèces comptées, fond compris (€)").fill("50");
  await page.getByLabel("Total des chèques (€)").fill("150");
  await page.getByLabel("Total des chèques-vacances ANCV (€)").fill("100");
  await page.getByRole("button", { name: "Clôturer la caisse" }).click();
  // Closing opens the desk's report: takings by tender, then expected against counted.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Caisse de Démo Prestations, Caisse, Prêts",
  );
  await expect(page.getByRole("row", { name: /^Chèque 1 150,00\s?€$/ })).toBeVisible();
  await expect(
    page.getByRole("row", { name: /^Chèques-vacances ANCV 1 100,00\s?€$/ }),
  ).toBeVisible();
  for (const [drawer, amount] of [
    ["Espèces (fond compris, remboursements déduits)", "50,00 €"],
    ["Chèques", "150,00 €"],
    ["Chèques-vacances ANCV", "100,00 €"],
  ]) {
    // Expected, counted, difference.
    const cells = [amount, amount, "0,00 €"].map((value) => euros(value).source).join(" ");
    await expect(
      page.getByRole("row", { name: new RegExp(`^${escapeRegExp(drawer)} ${cells}$`) }),
    ).toBeVisible();
  }
  for (const serial of voucherSerials) {
    await expect(
      page.getByRole("row", { name: new RegExp(`n° ${serial} \\(50,00`) }),
    ).toBeVisible();
  }
  await keepScreenshot(page, "payment-12-cash-desk-report");
  await expectNoSeriousA11yViolations(page);
});
