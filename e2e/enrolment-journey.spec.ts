import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { MAX_DOCUMENT_BYTES } from "../lib/documents/file-check";
import {
  expectNoSeriousA11yViolations,
  fixturePath,
  keepScreenshot,
  signIn,
  waitForEmail,
} from "./support";

// One visitor's whole path: requests to join, staff validate, the member adds a
// child with its proof and sends a tax notice, staff validate both, and the
// member sees the household, the child and the bracket.
test.describe.configure({ mode: "serial" });

// Names accept letters only, so the run's unique suffix maps hex digits to letters.
const suffix = randomUUID()
  .slice(0, 6)
  .replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]);
const visitor = {
  firstName: "Inès",
  lastName: `Carbonell-${suffix}`,
  email: `ines.carbonell.${suffix}@example.test`,
  password: "une phrase de passe solide",
  employeeNumber: `E2E${suffix}`.toUpperCase(),
};
const child = { firstName: "Léo", birthDate: "2016-05-09" };
// Set by the member's step, read by the authorization step.
let taxNoticeUrl = "";

/** Writes a valid PDF of exactly 10 MB, the upload limit, into the test output folder. */
async function largestAllowedPdf() {
  const pdf = await readFile(fixturePath("justificatif.pdf"));
  const padding = Buffer.alloc(MAX_DOCUMENT_BYTES - pdf.byteLength, "%");
  const file = path.resolve("test-results/largest-allowed.pdf");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, Buffer.concat([pdf, padding]));
  return file;
}

/** Opens the staff inbox item whose text contains every one of `texts`, under the given kind tab. */
async function openInboxItem(page: Page, kind: string, ...texts: string[]) {
  await page.goto("/admin");
  await page.getByRole("link", { name: kind }).first().click();
  let item = page.getByRole("listitem");
  for (const text of texts) item = item.filter({ hasText: text });
  await item.getByRole("link", { name: "Examiner" }).click();
}

test("visitor asks to join", async ({ page }) => {
  await page.goto("/");
  await keepScreenshot(page, "01-home");
  await page.getByRole("link", { name: "Demander mon adhésion" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demander mon adhésion");

  await page.getByLabel("Prénom").fill(visitor.firstName);
  await page.getByLabel("Nom", { exact: true }).fill(visitor.lastName);
  await page.getByLabel("Date de naissance").fill("1984-11-23");
  await page.getByLabel("Matricule").fill(visitor.employeeNumber);
  await page.getByLabel("Employeur").fill("Mairie de Toulouse");
  await page.getByLabel("En activité").check();
  await page.getByLabel("Adresse e-mail").fill(visitor.email);
  await page.getByLabel("Téléphone").fill("05 61 22 33 44");
  await page.getByLabel("Mot de passe", { exact: true }).fill(visitor.password);
  await page.getByLabel("Confirmation du mot de passe").fill(visitor.password);
  await page.getByLabel("Adresse", { exact: true }).fill("3 place du Capitole");
  await page.getByLabel("Code postal").fill("31000");
  await page.getByLabel("Commune").selectOption({ label: "Toulouse" });
  await page
    .getByLabel("Dernier bulletin de salaire")
    .setInputFiles(fixturePath("justificatif.pdf"));
  await page.getByLabel(/J'accepte que l'association traite/).check();
  await keepScreenshot(page, "02-join-form");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByRole("heading", { name: "Demande d'adhésion envoyée" })).toBeVisible();
  await keepScreenshot(page, "03-join-confirmation");
  await waitForEmail(visitor.email, "adhésion");
});

test("staff validate the enrolment", async ({ page }) => {
  await signIn(page, "adhesions@entraide.test");
  await expect(page).toHaveURL(/\/admin/);
  await keepScreenshot(page, "04-staff-inbox");
  await expectNoSeriousA11yViolations(page);

  await openInboxItem(page, "Adhésions", visitor.lastName);
  await expect(page.getByText(visitor.employeeNumber, { exact: true })).toBeVisible();
  await keepScreenshot(page, "05-staff-enrolment-review");
  await page.getByRole("button", { name: "Valider l'adhésion" }).click();
  await expect(page.getByText("Décision enregistrée")).toBeVisible();
  await waitForEmail(visitor.email, "validée");
});

test("member adds a child with its proof and sends a tax notice", async ({ page }) => {
  await signIn(page, visitor.email, visitor.password);
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByText("Votre adhésion est active")).toBeVisible();
  await expect(page.getByText(/Tranche la plus haute par défaut/)).toBeVisible();
  await keepScreenshot(page, "06-member-dashboard-before");

  await page.getByRole("link", { name: "Mon foyer" }).first().click();
  await page.getByRole("button", { name: "Ajouter un enfant" }).click();
  const form = page.getByRole("region", { name: "Nouvel enfant" });
  await form.getByLabel("Prénom").fill(child.firstName);
  await form.getByLabel("Nom", { exact: true }).fill(visitor.lastName);
  await form.getByLabel("Date de naissance").fill(child.birthDate);
  await form.getByLabel("Type de justificatif").selectOption({ label: "Livret de famille" });
  await form.getByLabel("Fichier du justificatif").setInputFiles(fixturePath("justificatif.pdf"));
  await form.getByRole("button", { name: "Ajouter", exact: true }).click();

  const childRow = page.getByRole("listitem").filter({ hasText: child.firstName });
  await expect(childRow.getByText("En attente")).toBeVisible();
  await keepScreenshot(page, "07-member-household-child-pending");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Justificatifs" }).first().click();
  await page.getByLabel("Type de justificatif").selectOption({ label: "Avis d'imposition" });
  await page.getByLabel("Fichier", { exact: true }).setInputFiles(fixturePath("justificatif.pdf"));
  await page.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect(page.getByText("Justificatif envoyé : l'équipe va le vérifier.")).toBeVisible();
  const notice = page.getByRole("listitem").filter({ hasText: "Avis d'imposition" });
  await expect(notice.getByText("En attente")).toBeVisible();
  const downloadLink = notice.getByRole("link", { name: /Télécharger Avis d'imposition/ });
  taxNoticeUrl = (await downloadLink.getAttribute("href")) ?? "";
  const download = page.waitForEvent("download");
  await downloadLink.click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  // The largest file allowed goes through, form encoding included.
  await page.getByLabel("Type de justificatif").selectOption({ label: "Autre justificatif" });
  await page.getByLabel("Fichier", { exact: true }).setInputFiles(await largestAllowedPdf());
  await page.getByRole("button", { name: "Envoyer", exact: true }).click();
  await expect(page.getByText("Justificatif envoyé : l'équipe va le vérifier.")).toBeVisible();
  await keepScreenshot(page, "08-member-documents");
});

test("staff validate the child and the tax notice", async ({ page }) => {
  await signIn(page, "adhesions@entraide.test");

  await openInboxItem(page, "Ayants droit", child.firstName);
  await keepScreenshot(page, "09-staff-child-review");
  await page.getByRole("button", { name: "Valider l'ayant droit" }).click();
  await expect(page.getByText("Décision enregistrée")).toBeVisible();

  await openInboxItem(page, "Justificatifs", visitor.lastName, "Avis d'imposition");
  await page.getByLabel("Revenu fiscal de référence (en euros)").fill("32 450");
  await page.getByLabel("Nombre de parts").fill("2,5");
  await page.getByRole("button", { name: "Calculer le quotient" }).click();
  await expect(page.getByText(/Quotient familial mensuel : 1\s081,66\s€/)).toBeVisible();
  await keepScreenshot(page, "10-staff-tax-notice");
  await page.getByRole("button", { name: "Confirmer et accepter l'avis" }).click();
  await expect(page.getByText("Décision enregistrée")).toBeVisible();
});

test("member sees the household, the child and the bracket", async ({ page }) => {
  await signIn(page, visitor.email, visitor.password);
  await expect(page.getByText(/Quotient familial : 1\s081,66\s€ par mois/)).toBeVisible();
  await expect(page.getByText(/Votre tranche : Tranche \d/)).toBeVisible();
  await keepScreenshot(page, "11-member-dashboard-after");

  await page.getByRole("link", { name: "Mon foyer" }).first().click();
  const childRow = page.getByRole("listitem").filter({ hasText: child.firstName });
  await expect(childRow.getByText("Validé")).toBeVisible();
  await keepScreenshot(page, "12-member-household-after");
});

test("another household gets not found", async ({ page, request }) => {
  expect(taxNoticeUrl).toMatch(/^\/api\/documents\/[^/]+\/file$/);

  const anonymous = await request.get(taxNoticeUrl);
  expect(anonymous.status()).toBe(404);

  await signIn(page, "adherent@entraide.test");
  const otherMember = await page.request.get(taxNoticeUrl);
  expect(otherMember.status()).toBe(404);
  const adminPage = await page.goto("/admin");
  expect(adminPage?.status()).toBe(404);
});

test("staff outside the sector get not found", async ({ page }) => {
  await signIn(page, "vacances@entraide.test");
  const response = await page.request.get(taxNoticeUrl);
  expect(response.status()).toBe(404);
});

test("staff deep link survives the login", async ({ page }) => {
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Faudit$/);
  await page.getByLabel("Adresse e-mail").fill("direction@entraide.test");
  await page.getByLabel("Mot de passe", { exact: true }).fill("entraide-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByRole("heading", { name: "Journal", level: 1 })).toBeVisible();
});
