// Form and server schema of a document upload. Messages are keys of
// messages/fr/validation.json.
import { z } from "zod";

import { currentYear } from "@/lib/dates";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/file-check";
import { DocumentType } from "@/lib/generated/prisma/enums";

export const DOCUMENT_TYPES = Object.values(DocumentType);

/** Campaign years a member may upload for: the current year and the previous one. */
export function uploadableYears(now: Date = new Date()) {
  const year = currentYear(now);
  return [year, year - 1];
}

/**
 * Whom a document concerns, as the form's select sends it: "household",
 * "member:<id>" or "dependant:<id>".
 */
export type PersonChoice = { memberId: string | null; dependantId: string | null };

export function parsePersonChoice(value: string): PersonChoice | null {
  if (value === "household") return { memberId: null, dependantId: null };
  const match = /^(member|dependant):([A-Za-z0-9_-]{1,64})$/.exec(value);
  if (!match) return null;
  return match[1] === "member"
    ? { memberId: match[2], dependantId: null }
    : { memberId: null, dependantId: match[2] };
}

export function personChoiceValue(choice: PersonChoice) {
  if (choice.dependantId) return `dependant:${choice.dependantId}`;
  if (choice.memberId) return `member:${choice.memberId}`;
  return "household";
}

/** File types offered by a file input. The server checks the content whatever the browser allowed. */
export const DOCUMENT_INPUT_ACCEPT = "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png";

/**
 * A file input's FileList in the browser: one file, at most 10 MB, so a
 * file the server would reject for its size is not sent at all.
 */
export const chosenFileSchema = z
  .custom<FileList>(
    (value) => typeof FileList !== "undefined" && value instanceof FileList,
    "file_required",
  )
  .refine((files) => files.length > 0, "file_required")
  .refine((files) => files.length === 0 || files[0].size <= MAX_DOCUMENT_BYTES, "file_too_large");

const uploadDocumentFields = {
  type: z.enum(DOCUMENT_TYPES, { error: "choice" }),
  year: z
    .string({ error: "choice" })
    .refine((value) => uploadableYears().map(String).includes(value), "choice"),
  person: z
    .string({ error: "choice" })
    .refine((value) => parsePersonChoice(value) !== null, "choice"),
};

/** The upload form's fields as the server parses them; the file is read apart. */
export const uploadDocumentSchema = z.object(uploadDocumentFields);
export type UploadDocumentInput = z.infer<typeof uploadDocumentSchema>;

/** The upload form in the browser, with the chosen file. */
export const uploadDocumentFormSchema = z.object({
  ...uploadDocumentFields,
  file: chosenFileSchema,
});
export type UploadDocumentFormValues = z.input<typeof uploadDocumentFormSchema>;
