// Enrolment form fields, shared by the /join form (zodResolver) and the
// server action. Messages are keys of messages/fr/validation.json.
import { z } from "zod";

import { parseCalendarDate, todayInParis } from "@/lib/dates";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/file-check";

export const MIN_PASSWORD_LENGTH = 10;

/** Maximum lengths, also set as `maxLength` on the inputs. */
export const MAX_LENGTH = {
  name: 100,
  employer: 120,
  email: 254,
  password: 128,
  addressLine: 200,
} as const;

// A French number: 0X XX XX XX XX, or +33 or 0033 followed by the nine
// digits after the leading 0. Spaces, dots or dashes may separate the pairs.
const PHONE_PATTERN = /^(?:0|\+33 ?|0033 ?)[1-9](?:[ .-]?\d{2}){4}$/;

/** Rewrites an accepted phone number as "05 61 22 33 44". */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  const national = digits.startsWith("0033")
    ? `0${digits.slice(4)}`
    : digits.startsWith("33")
      ? `0${digits.slice(2)}`
      : digits;
  return national.replace(/(\d{2})(?=\d)/g, "$1 ");
}

function requiredText(max: number) {
  return z.string({ error: "required" }).trim().min(1, "required").max(max, "too_long");
}

const birthDate = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .superRefine((value, context) => {
    if (parseCalendarDate(value) === null || value < "1900-01-01") {
      context.addIssue({ code: "custom", message: "date_invalid" });
    } else if (value > todayInParis()) {
      context.addIssue({ code: "custom", message: "date_in_future" });
    }
  });

const enrolmentFields = z.object({
  firstName: requiredText(MAX_LENGTH.name),
  lastName: requiredText(MAX_LENGTH.name),
  birthDate,
  employeeNumber: z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .regex(/^[A-Za-z0-9]{3,20}$/, "employee_number")
    .toUpperCase(),
  employer: requiredText(MAX_LENGTH.employer),
  status: z.enum(["ACTIVE", "RETIRED"], { error: "choice" }),
  email: requiredText(MAX_LENGTH.email).pipe(z.email({ error: "email" })),
  phone: z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .regex(PHONE_PATTERN, "phone")
    .overwrite(normalizePhone),
  password: z
    .string({ error: "required" })
    .min(MIN_PASSWORD_LENGTH, "password_too_short")
    .max(MAX_LENGTH.password, "too_long"),
  passwordConfirmation: z.string({ error: "required" }).min(1, "required"),
  addressLine1: requiredText(MAX_LENGTH.addressLine),
  addressLine2: z.string().trim().max(MAX_LENGTH.addressLine, "too_long").optional(),
  postalCode: z
    .string({ error: "required" })
    .trim()
    .regex(/^\d{5}$/, "postal_code"),
  /** INSEE code of the commune; the server checks it against the communes list. */
  communeCode: z.string({ error: "choice" }).trim().min(1, "choice"),
  consent: z.boolean({ error: "consent_required" }).refine((value) => value, "consent_required"),
});

function passwordsMatch(value: { password: string; passwordConfirmation: string }) {
  return value.password === value.passwordConfirmation;
}

const passwordsDiffer = { path: ["passwordConfirmation"], message: "passwords_differ" };

/** Schema of the fields that the server action parses. The proof file is sent beside them. */
export const enrolmentSchema = enrolmentFields.refine(passwordsMatch, passwordsDiffer);

export type EnrolmentInput = z.output<typeof enrolmentSchema>;

function isFileList(value: unknown): value is FileList {
  return typeof value === "object" && value !== null && "length" in value && "item" in value;
}

/**
 * Schema of the browser form: the same fields plus the FileList of the proof
 * input. The server checks the file again, by content.
 */
export const enrolmentFormSchema = enrolmentFields
  .extend({
    proof: z
      .custom<FileList>((value) => isFileList(value) && value.length === 1, "file_required")
      .refine((files) => files[0].size <= MAX_DOCUMENT_BYTES, "file_too_large"),
  })
  .refine(passwordsMatch, passwordsDiffer);

export type EnrolmentFormValues = z.input<typeof enrolmentFormSchema>;
