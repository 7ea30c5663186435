// Input of staff decisions, shared by the review forms and the server actions.
import { z } from "zod";

import { parseTaxShares } from "@/lib/quotient";

export const REJECTION_REASON_MAX_LENGTH = 1000;

// Reference incomes above this do not fit the database's 32-bit cents column.
const MAX_REFERENCE_INCOME_CENTS = 2_000_000_000;

/**
 * Parses a euro amount typed the French way ("32 450", "32450,00",
 * "32 450,5 €", also "32450.00") into cents, or returns null when invalid.
 * Thousands may be grouped by spaces, including the no-break spaces that
 * copying from a PDF brings, and never by dots, so "32.450" is rejected.
 */
export function parseEuroAmountCents(value: string): number | null {
  const compact = value.trim().replace(/\s*€$/, "");
  const match = /^(\d{1,3}(?:[ \u00a0\u202f]?\d{3})*)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const euros = Number(match[1].replace(/\D/g, ""));
  const cents = Number((match[2] ?? "").padEnd(2, "0"));
  const total = euros * 100 + cents;
  return total <= MAX_REFERENCE_INCOME_CENTS ? total : null;
}

const reason = z
  .string()
  .trim()
  .min(1, "reason_required")
  .max(REJECTION_REASON_MAX_LENGTH, "too_long");

export const approveSchema = z.object({ id: z.string().min(1) });

export const rejectSchema = z.object({ id: z.string().min(1), reason });

export const taxNoticeSchema = z.object({
  id: z.string().min(1),
  referenceIncome: z
    .string()
    .trim()
    .refine((value) => parseEuroAmountCents(value) !== null, "reference_income"),
  taxShares: z
    .string()
    .trim()
    .refine((value) => parseTaxShares(value) !== null, "tax_shares"),
});

export type RejectInput = z.infer<typeof rejectSchema>;
export type TaxNoticeInput = z.infer<typeof taxNoticeSchema>;
