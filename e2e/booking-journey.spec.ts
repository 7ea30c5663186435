import { expect, test, type Page } from "@playwright/test";

import {
  expectNoSeriousA11yViolations,
  keepScreenshot,
  signIn,
  signOut,
  waitForEmail,
} from "./support";

// Two families compete for the last place of a colonie: the first books it,
// the second lands on the waiting list, the first cancels, and the second is
// offered the place and accepts. It needs the demo catalogue on a fresh
// database (scripts/test.ts empties .data/e2e before each run), because
// the bookings it makes stay there.
test.describe.configure({ mode: "serial" });

// Séjour in Lozère, 19 to 23 July 2027, ages 7 to 14, 466,76 € per child,
// first come first served: Hugo Bernard (9) and Noah Martin (10) may both go.
const offer = {
  slug: "trip-saint-savournin-osca",
  title: "Séjour pleine nature en Lozère : escalade, canoë et gorges du Tarn (7-14 ans)",
};
const adherent = { email: "adherent@entraide.test", child: "Hugo Bernard" };
const family = { email: "famille@entraide.test", child: "Noah Martin" };

// Set by the booking steps, read by the later ones.
let adherentBookingUrl = "";
let familyBookingUrl = "";
let familyReference = "";

/** Matches a French amount whatever spaces Intl puts inside it ("1 234,56 €"). */
function euros(amount: string) {
  return new RegExp(amount.replace(/ /g, "\\s?").replace(/€/, "\\s?€"));
}

/** Opens the booking form of the offer's only session from its public page. */
async function openBookingForm(page: Page) {
  await page.goto(`/catalogue/${offer.slug}`);
  await page.getByRole("link", { name: /Réserver la session du/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Réserver : ${offer.title}`);
}

test("visitor filters the catalogue and opens an offer", async ({ page }) => {
  await page.goto("/catalogue");
  await page.getByLabel("Type d'offre").selectOption({ label: "Séjour" });
  await page.getByLabel("Âge de l'enfant").fill("9");
  await page.getByLabel("Prix public maximum (€)").fill("500");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/kind=TRIP/);

  await page.getByRole("link", { name: offer.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.title);
  await expect(page.getByRole("link", { name: /Réserver la session du/ })).toBeVisible();
  await keepScreenshot(page, "booking-01-offer");
});

test("staff leave one place in the session", async ({ page }) => {
  await signIn(page, "vacances@entraide.test");
  await page.goto("/admin/offers?kind=TRIP");
  await page.getByRole("link", { name: offer.title }).click();
  await page.getByRole("link", { name: "Modifier", exact: true }).click();
  await page.getByLabel("Capacité (places)").fill("1");
  await page.getByRole("button", { name: "Enregistrer la session" }).click();
  await expect(page.getByText("Session enregistrée.")).toBeVisible();
  await signOut(page);
});

test("member books the colonie for a child", async ({ page }) => {
  await signIn(page, adherent.email);
  await openBookingForm(page);
  await expect(page.getByText("1 place libre sur 1")).toBeVisible();
  // The parents are adults and the eldest is 15: each one's reason shows.
  await expect(page.getByText(/Léa Bernard aura 15 ans/)).toBeVisible();
  await expect(page.getByLabel(/Léa Bernard/)).toBeDisabled();

  await page.getByLabel(adherent.child).check();
  const prices = page.getByRole("table", { name: "Répartition du prix par participant" });
  const row = prices.getByRole("row", { name: new RegExp(adherent.child) });
  // Tranche 7 gets 15 % of the public price: floor(46 676 × 0.15) = 7 001 cents.
  await expect(row.getByRole("cell").nth(0)).toHaveText(euros("466,76 €"));
  await expect(row.getByRole("cell").nth(1)).toHaveText(euros("70,01 €"));
  await expect(row.getByRole("cell").nth(2)).toHaveText(euros("396,75 €"));
  await expect(page.getByText(/tranche de quotient familial : Tranche 7/)).toBeVisible();
  await expect(page.getByText(/sera confirmée dès que vous l'aurez envoyée/)).toBeVisible();
  await keepScreenshot(page, "booking-02-form");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Confirmer la réservation" }).click();
  await page.waitForURL(/\/account\/bookings\/[^/?]+\?created=1$/);
  await expect(
    page.getByText(/Vos places sont retenues jusqu'au .+ \(réservation R\d{2}-\w+\)/),
  ).toBeVisible();
  await expect(page.getByText(/^Places retenues jusqu'au .+ à \d{2}:\d{2}$/)).toBeVisible();
  adherentBookingUrl = page.url().replace(/\?.*$/, "");
  await keepScreenshot(page, "booking-03-confirmed");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Mes réservations", exact: true }).click();
  await expect(page.getByRole("link", { name: offer.title })).toBeVisible();
  await expect(page.getByText(/Part adhérent : 396,75/)).toBeVisible();
  await keepScreenshot(page, "booking-04-my-bookings");
  await expectNoSeriousA11yViolations(page);
  await waitForEmail(adherent.email, "Vos places sont retenues jusqu'au");
});

test("second family lands on the waiting list", async ({ page }) => {
  await signIn(page, family.email);
  await openBookingForm(page);
  await expect(page.getByText(/Complet : plus aucune place libre/)).toBeVisible();
  await page.getByLabel(family.child).check();
  await expect(page.getByText(/sera inscrite sur la liste d'attente/)).toBeVisible();

  await page.getByRole("button", { name: "M'inscrire sur la liste d'attente" }).click();
  await page.waitForURL(/\/account\/bookings\/[^/?]+\?created=1$/);
  await expect(page.getByText(/R\d{2}-\w+ est inscrite sur la liste d'attente/)).toBeVisible();
  await expect(page.getByText("Rang sur la liste d'attente de cette session : 1.")).toBeVisible();
  familyBookingUrl = page.url().replace(/\?.*$/, "");
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  familyReference = heading?.replace("Réservation ", "").trim() ?? "";
  expect(familyReference).toMatch(/^R\d{2}-/);
  await keepScreenshot(page, "booking-05-waiting");
});

test("first member cancels the booking", async ({ page }) => {
  await signIn(page, adherent.email);
  await page.goto(adherentBookingUrl);
  await page.getByRole("button", { name: "Annuler la réservation" }).click();
  // Cancelling needs a second click before anything happens.
  await expect(page.getByRole("group", { name: "Annuler la réservation" })).toBeVisible();
  await keepScreenshot(page, "booking-06-cancel-confirmation");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Oui, annuler la réservation" }).click();
  await expect(page.getByText("Votre réservation est annulée.")).toBeVisible();
  await expect(page.getByText("Annulée", { exact: true })).toBeVisible();
});

test("second family is offered the place and accepts", async ({ page }) => {
  const email = await waitForEmail(family.email, "nous vous les proposons");
  expect(email).toContain(familyReference);

  await signIn(page, family.email);
  const offered = page.getByRole("region", { name: "Places proposées" });
  await expect(offered).toContainText(offer.title);
  await offered.getByRole("link", { name: "Répondre" }).click();
  await expect(page).toHaveURL(familyBookingUrl);
  await expect(page.getByText(/Place proposée jusqu'au/)).toBeVisible();
  await keepScreenshot(page, "booking-07-offered");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Accepter la place" }).click();
  await expect(
    page.getByText(/Vous avez accepté la place : elle vous est retenue jusqu'au/),
  ).toBeVisible();
  await expect(page.getByText(/^Places retenues jusqu'au .+ à \d{2}:\d{2}$/)).toBeVisible();
  await waitForEmail(family.email, "Vous avez accepté les places proposées");
});
