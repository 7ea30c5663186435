// Factories for enrolment tests: a valid request with a unique e-mail and
// employee number, proof files, and a look-up of stored files by content.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { enrolmentSchema, type EnrolmentInput } from "@/lib/enrolment/schemas";
import { buildPdf } from "@/prisma/seed/pdf";

import { uniqueSuffix } from "./factories";

export const ENROLMENT_PASSWORD = "un-mot-de-passe-solide";

/** Returns the raw form values of a valid enrolment, before the schema trims and normalizes them. */
export function enrolmentFormValues(overrides: Record<string, unknown> = {}) {
  const suffix = uniqueSuffix();
  return {
    firstName: "Camille",
    // Names take letters only, so the hexadecimal suffix's digits become letters.
    lastName: `Durand-${suffix.replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)])}`,
    birthDate: "1984-06-21",
    employeeNumber: `E${suffix}`,
    employer: "Mairie de Toulouse",
    status: "ACTIVE",
    email: `camille.${suffix}@example.test`,
    phone: "05 61 22 33 44",
    password: ENROLMENT_PASSWORD,
    passwordConfirmation: ENROLMENT_PASSWORD,
    addressLine1: "12 rue du Taur",
    addressLine2: "",
    postalCode: "31000",
    communeCode: "31555",
    consent: true,
    ...overrides,
  };
}

export function enrolmentInput(overrides: Record<string, unknown> = {}): EnrolmentInput {
  return enrolmentSchema.parse(enrolmentFormValues(overrides));
}

/** Returns a valid PDF whose content is unique, so a test can find its stored copy. */
export function uniqueProofPdf(name = "bulletin.pdf") {
  return { name, bytes: buildPdf("Bulletin de salaire", [`Test ${uniqueSuffix()}`]) };
}

/** Paths under STORAGE_DIR of the files whose content equals `bytes`. */
export async function storedCopies(bytes: Uint8Array): Promise<string[]> {
  const root = process.env.STORAGE_DIR;
  if (!root) throw new Error("STORAGE_DIR is not set; the test global setup sets it.");
  const wanted = sha256(bytes);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const matches: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (sha256(await readFile(file)) === wanted) matches.push(file);
  }
  return matches;
}

function sha256(bytes: Uint8Array) {
  return createHash("sha256").update(bytes).digest("hex");
}
