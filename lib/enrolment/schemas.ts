// Enrolment form fields, shared by the /join form (zodResolver) and the
// server action. Messages are keys of messages/fr/validation.json.
import { z } from "zod";

import { ageOn, parseCalendarDate, todayInParis } from "@/lib/dates";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/file-check";
import { PERSON_NAME_MAX_LENGTH, personName } from "@/lib/validation/person-name";
import { isValidPhone, normalizePhone } from "@/lib/validation/phone";

export const MIN_PASSWORD_LENGTH = 10;
/** Youngest age, on the day of enrolment, at which an agent may become a member. */
export const MIN_MEMBER_AGE = 16;

/** Maximum lengths, also set as `maxLength` on the inputs. */
export const MAX_LENGTH = {
  name: PERSON_NAME_MAX_LENGTH,
  employer: 120,
  email: 254,
  password: 128,
  addressLine: 200,
} as const;

function requiredText(max: number) {
  return z.string({ error: "required" }).trim().min(1, "required").max(max, "too_long");
}

const birthDate = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .superRefine((value, context) => {
    const birthDate = parseCalendarDate(value);
    const today = todayInParis();
    if (birthDate === null || value < "1900-01-01") {
      context.addIssue({ code: "custom", message: "date_invalid" });
    } else if (value > today) {
      context.addIssue({ code: "custom", message: "date_in_future" });
    } else if (ageOn(birthDate, parseCalendarDate(today) ?? new Date()) < MIN_MEMBER_AGE) {
      // The message in validation.json states the age, 16, in words.
      context.addIssue({ code: "custom", message: "member_too_young" });
    }
  });

const enrolmentFields = z.object({
  firstName: personName,
  lastName: personName,
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
    .refine(isValidPhone, "phone")
    .overwrite((value) => normalizePhone(value) ?? value),
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
