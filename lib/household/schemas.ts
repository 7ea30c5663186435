// Form and server schemas of the member's household. Messages are keys of
// messages/fr/validation.json, translated by the form and by runAction.
import { z } from "zod";

import { ageOn, parseCalendarDate, todayInParis } from "@/lib/dates";
import { chosenFileSchema } from "@/lib/documents/schemas";
import { PERSON_NAME_MAX_LENGTH, personName } from "@/lib/validation/person-name";
import { isValidPhone } from "@/lib/validation/phone";

export const NAME_MAX_LENGTH = PERSON_NAME_MAX_LENGTH;
export const ADDRESS_LINE_MAX_LENGTH = 200;
export const NOTES_MAX_LENGTH = 1000;
/** Oldest age at which a child can still be declared as a dependant. */
export const CHILD_MAX_AGE = 30;

/** Proof types accepted with a new child. */
export const CHILD_PROOF_TYPES = ["FAMILY_RECORD_BOOK", "BIRTH_CERTIFICATE"] as const;
export type ChildProofType = (typeof CHILD_PROOF_TYPES)[number];

/**
 * Checks a birth date "YYYY-MM-DD" and returns the validation message key
 * of the first rule it breaks, or null. `today` is Europe/Paris's date.
 */
export function birthDateIssue(
  relation: "SPOUSE" | "CHILD",
  value: string,
  today: string = todayInParis(),
): string | null {
  if (value === "") return "required";
  const birthDate = parseCalendarDate(value);
  if (!birthDate || value < "1900-01-01") return "date_invalid";
  if (value > today) return "date_in_future";
  const todayDate = parseCalendarDate(today);
  if (relation === "CHILD" && todayDate && ageOn(birthDate, todayDate) > CHILD_MAX_AGE) {
    return "child_too_old";
  }
  return null;
}

const dependantFields = {
  firstName: personName,
  lastName: personName,
  /** Calendar date "YYYY-MM-DD", as an `<input type="date">` sends it. */
  birthDate: z.string({ error: "required" }).trim(),
  disability: z.boolean({ error: "required" }),
  notes: z.string({ error: "required" }).trim().max(NOTES_MAX_LENGTH, "too_long"),
};

function checkBirthDate(
  value: { relation: "SPOUSE" | "CHILD"; birthDate: string },
  context: z.core.$RefinementCtx,
) {
  const issue = birthDateIssue(value.relation, value.birthDate);
  if (issue) context.addIssue({ code: "custom", path: ["birthDate"], message: issue });
}

// Zod skips an object's refinements once a field has failed. This one runs
// as soon as the relation and the birth date are readable, so the form shows
// the date's message together with the other fields' messages.
const birthDateReadable = {
  when(payload: z.core.ParsePayload) {
    const value = payload.value as { relation?: unknown; birthDate?: unknown } | undefined;
    return (
      typeof value?.birthDate === "string" &&
      (value.relation === "SPOUSE" || value.relation === "CHILD")
    );
  },
};

/** A spouse or child, as added or edited by the member. */
export const dependantSchema = z
  .object({
    relation: z.enum(["SPOUSE", "CHILD"], { error: "choice" }),
    ...dependantFields,
  })
  .superRefine(checkBirthDate, birthDateReadable);
export type DependantInput = z.infer<typeof dependantSchema>;

const newChildFields = {
  relation: z.literal("CHILD", { error: "choice" }),
  ...dependantFields,
  proofType: z.enum(CHILD_PROOF_TYPES, { error: "choice" }),
};

/** A new child with the type of the proof file sent with it. */
export const newChildSchema = z
  .object(newChildFields)
  .superRefine(checkBirthDate, birthDateReadable);
export type NewChildInput = z.infer<typeof newChildSchema>;

/**
 * The new-child form in the browser: the same fields plus the chosen file.
 * The server reads the file apart and checks it by content.
 */
export const newChildFormSchema = z
  .object({ ...newChildFields, proofFile: chosenFileSchema })
  .superRefine(checkBirthDate, birthDateReadable);
export type NewChildFormValues = z.input<typeof newChildFormSchema>;

const addressLine = z.string({ error: "required" }).trim().max(ADDRESS_LINE_MAX_LENGTH, "too_long");

/** The household's postal address; the commune must belong to the postal code. */
export const addressSchema = z.object({
  addressLine1: addressLine.min(1, "required"),
  addressLine2: addressLine,
  postalCode: z
    .string({ error: "required" })
    .trim()
    .regex(/^\d{5}$/, "postal_code"),
  communeCode: z.string({ error: "required" }).trim().min(1, "choice"),
});
export type AddressInput = z.infer<typeof addressSchema>;

/** The member's phone number; empty removes it. */
export const phoneSchema = z.object({
  phone: z
    .string({ error: "required" })
    .trim()
    .refine((value) => value === "" || isValidPhone(value), "phone"),
});
export type PhoneInput = z.infer<typeof phoneSchema>;
