// Text of the demo supporting documents and their storage. Each document is
// a small real PDF marked as fictitious.
import { createHash } from "node:crypto";

import { formatCalendarDateFr, parseCalendarDate } from "@/lib/dates";
import type { FileStorage } from "@/lib/storage";

import type { ChildPlan, HouseholdPlan, TaxNoticePlan } from "./households";
import { buildPdf } from "./pdf";

export type PdfText = { title: string; lines: string[]; originalName: string };

const FICTITIOUS = "Document fictif généré pour la démonstration d'Entraide.";

function euros(cents: number) {
  return `${(cents / 100).toLocaleString("fr-FR", { minimumFractionDigits: 2 })} €`;
}

function frenchDate(calendarDate: string) {
  const date = parseCalendarDate(calendarDate);
  return date ? formatCalendarDateFr(date) : calendarDate;
}

/** Returns the text of the tax notice of year N-1, on the income of year N-2, that serves campaign year N. */
export function taxNoticeText(
  household: HouseholdPlan,
  notice: TaxNoticePlan,
  year: number,
): PdfText {
  const { member, spouse } = household;
  const declarants = [member, spouse]
    .filter((person) => person !== null)
    .map((person) => `${person.firstName} ${person.lastName}`)
    .join(" et ");
  return {
    title: `Avis d'impôt ${year - 1} sur les revenus ${year - 2}`,
    lines: [
      FICTITIOUS,
      `Déclarants : ${declarants}`,
      `Adresse : ${household.address.addressLine1}, ${household.address.postalCode} ${household.address.communeName}`,
      `Nombre de parts : ${(notice.taxShareHundredths / 100).toLocaleString("fr-FR")}`,
      `Revenu fiscal de référence : ${euros(notice.referenceIncomeCents)}`,
    ],
    originalName: `avis-impot-${year - 1}.pdf`,
  };
}

/** Returns the text of the payslip of an active member, or of the pension slip of a retiree. */
export function employmentProofText(household: HouseholdPlan, year: number): PdfText {
  const { member } = household;
  const retired = member.status === "RETIRED";
  return {
    title: retired ? `Titre de pension ${year}` : `Bulletin de salaire ${year}`,
    lines: [
      FICTITIOUS,
      `${member.firstName} ${member.lastName}, matricule ${member.employeeNumber}`,
      retired ? `Ancien employeur : ${member.employer}` : `Employeur : ${member.employer}`,
    ],
    originalName: retired ? "titre-de-pension.pdf" : "bulletin-de-salaire.pdf",
  };
}

export function birthCertificateText(child: ChildPlan): PdfText {
  return {
    title: "Extrait d'acte de naissance",
    lines: [
      FICTITIOUS,
      `${child.firstName} ${child.lastName}, né(e) le ${frenchDate(child.birthDate)}`,
    ],
    originalName: "acte-de-naissance.pdf",
  };
}

export function schoolCertificateText(child: ChildPlan, year: number): PdfText {
  // The school year that starts in September of the campaign year.
  return {
    title: `Certificat de scolarité ${year}-${year + 1}`,
    lines: [
      FICTITIOUS,
      `${child.firstName} ${child.lastName}, né(e) le ${frenchDate(child.birthDate)}`,
    ],
    originalName: `certificat-scolarite-${year}.pdf`,
  };
}

export type StoredPdf = {
  storageKey: string;
  originalName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
};

/**
 * Builds and stores the PDF of every text, at most `concurrency` writes at a
 * time, and returns the stored files in the same order. If one write fails,
 * the files already written are removed before the error is raised.
 */
export async function storePdfs(
  storage: FileStorage,
  texts: PdfText[],
  concurrency = 32,
): Promise<StoredPdf[]> {
  const stored: StoredPdf[] = new Array(texts.length);
  let next = 0;

  async function worker() {
    while (next < texts.length) {
      const index = next;
      next += 1;
      const text = texts[index];
      const bytes = buildPdf(text.title, text.lines);
      stored[index] = {
        storageKey: await storage.put(bytes),
        originalName: text.originalName,
        contentType: "application/pdf",
        sizeBytes: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      };
    }
  }

  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } catch (error) {
    await removeStoredPdfs(storage, stored);
    throw error;
  }
  return stored;
}

export async function removeStoredPdfs(storage: FileStorage, stored: (StoredPdf | undefined)[]) {
  for (const file of stored) {
    if (file) await storage.remove(file.storageKey);
  }
}
