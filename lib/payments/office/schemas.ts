// Forms of the office cash desk: tenders taken for a booking, the cash
// desk's opening float and its closing count. The same schemas check the
// form (react-hook-form) and the server action. Fields are the strings the
// inputs contain, and toOfficeTenders converts them into cents. Messages
// are keys of messages/fr/validation.json.
import { z } from "zod";

import type { PaymentTender } from "@/lib/generated/prisma/enums";
import { parseEuroAmountCents } from "@/lib/staff/schemas";

/** Tenders staff take at the office; card payments go through Stripe only. */
export const OFFICE_TENDERS = ["CHEQUE", "CASH", "ANCV", "TRANSFER"] as const;
export type OfficeTenderKind = (typeof OFFICE_TENDERS)[number];

/** Face values of paper ANCV Chèques-Vacances, in cents. */
export const ANCV_FACE_VALUES_CENTS = [1_000, 2_000, 2_500, 5_000] as const;

export const MAX_TENDERS = 10;
export const MAX_VOUCHERS = 100;
// 100,000 € in one tender is far above any booking and fits in 32 bits.
const MAX_AMOUNT_CENTS = 10_000_000;

/** Parses a positive euro amount of at most 100,000 € into cents, or returns null. */
export function parsePaymentAmountCents(value: string): number | null {
  const cents = parseEuroAmountCents(value);
  return cents !== null && cents > 0 && cents <= MAX_AMOUNT_CENTS ? cents : null;
}

/** Normalizes an ANCV serial number as printed: spaces dropped, letters upper case. */
export function normalizeSerialNumber(value: string) {
  return value.replace(/\s+/g, "").toUpperCase();
}

const text = (max: number) => z.string().trim().max(max, "too_long");

const voucherSchema = z.object({
  serialNumber: z.string().trim(),
  faceValueCents: z.string().trim(),
});

/**
 * One tender as the form stores it. Every field exists for every tender, so
 * switching the tender in the form keeps what was typed. The refinement
 * below requires the fields of the chosen tender only.
 */
export const officeTenderSchema = z.object({
  tender: z.enum(OFFICE_TENDERS, { error: "choice" }),
  amount: z.string().trim(),
  chequeBank: text(100),
  chequeNumber: text(30),
  chequeHolder: text(200),
  transferReference: text(140),
  vouchers: z.array(voucherSchema).max(MAX_VOUCHERS, "too_many"),
});

export type OfficeTenderFields = z.input<typeof officeTenderSchema>;

export const officePaymentsSchema = z
  .object({
    bookingId: z.string().trim().min(1, "required"),
    tenders: z.array(officeTenderSchema).min(1, "required").max(MAX_TENDERS, "too_many"),
  })
  .superRefine((value, context) => {
    const seenSerials = new Set<string>();
    value.tenders.forEach((tender, index) => {
      const issue = (field: string, message: string) =>
        context.addIssue({ code: "custom", path: ["tenders", index, field], message });
      if (tender.tender !== "ANCV" && parsePaymentAmountCents(tender.amount) === null) {
        issue("amount", "payment_amount");
      }
      if (tender.tender === "CHEQUE") {
        if (!tender.chequeBank) issue("chequeBank", "required");
        if (!/^[0-9A-Za-z]{1,30}$/.test(tender.chequeNumber))
          issue("chequeNumber", "cheque_number");
        if (!tender.chequeHolder) issue("chequeHolder", "required");
      }
      if (tender.tender === "TRANSFER" && !tender.transferReference) {
        issue("transferReference", "required");
      }
      if (tender.tender !== "ANCV") return;
      if (tender.vouchers.length === 0) issue("vouchers", "vouchers_required");
      tender.vouchers.forEach((voucher, voucherIndex) => {
        const path = ["tenders", index, "vouchers", voucherIndex];
        const serial = normalizeSerialNumber(voucher.serialNumber);
        if (!/^[0-9A-Z]{4,30}$/.test(serial)) {
          context.addIssue({
            code: "custom",
            path: [...path, "serialNumber"],
            message: "ancv_serial",
          });
        } else if (seenSerials.has(serial)) {
          context.addIssue({
            code: "custom",
            path: [...path, "serialNumber"],
            message: "ancv_serial_duplicated",
          });
        }
        seenSerials.add(serial);
        if (!ANCV_FACE_VALUES_CENTS.some((cents) => String(cents) === voucher.faceValueCents)) {
          context.addIssue({
            code: "custom",
            path: [...path, "faceValueCents"],
            message: "choice",
          });
        }
      });
    });
  });

export type OfficePaymentsFields = z.input<typeof officePaymentsSchema>;

/** A tender converted for recordOfficePayments, amounts in cents. */
export type OfficeTender =
  | { tender: "CASH"; amountCents: number }
  | {
      tender: "CHEQUE";
      amountCents: number;
      chequeBank: string;
      chequeNumber: string;
      chequeHolder: string;
    }
  | { tender: "TRANSFER"; amountCents: number; transferReference: string }
  | { tender: "ANCV"; vouchers: { serialNumber: string; faceValueCents: number }[] };

/** Converts tenders that passed officePaymentsSchema into amounts in cents. */
export function toOfficeTenders(tenders: z.output<typeof officeTenderSchema>[]): OfficeTender[] {
  return tenders.map((fields) => {
    const amountCents = parsePaymentAmountCents(fields.amount) ?? 0;
    switch (fields.tender) {
      case "CASH":
        return { tender: "CASH", amountCents };
      case "CHEQUE":
        return {
          tender: "CHEQUE",
          amountCents,
          chequeBank: fields.chequeBank,
          chequeNumber: fields.chequeNumber,
          chequeHolder: fields.chequeHolder,
        };
      case "TRANSFER":
        return { tender: "TRANSFER", amountCents, transferReference: fields.transferReference };
      case "ANCV":
        return {
          tender: "ANCV",
          vouchers: fields.vouchers.map((voucher) => ({
            serialNumber: normalizeSerialNumber(voucher.serialNumber),
            faceValueCents: Number(voucher.faceValueCents),
          })),
        };
    }
  });
}

/** Returns the amount of a tender: the sum of the face values for ANCV vouchers. */
export function tenderAmountCents(tender: OfficeTender) {
  if (tender.tender === "ANCV") {
    return tender.vouchers.reduce((total, voucher) => total + voucher.faceValueCents, 0);
  }
  return tender.amountCents;
}

/** Tenders that go into a staff member's cash desk (a transfer reaches the bank directly). */
export function isCashDeskTender(tender: PaymentTender) {
  return tender === "CASH" || tender === "CHEQUE" || tender === "ANCV";
}

/** An amount counted in the drawer: empty or "0" is nothing, else a euro amount. */
const countedAmount = z
  .string()
  .trim()
  .refine((value) => value === "" || parseEuroAmountCents(value) !== null, "euro_amount");

export const openCashDeskSchema = z.object({ openingFloat: countedAmount });

export const closeCashDeskSchema = z.object({
  countedCash: countedAmount,
  countedCheques: countedAmount,
  countedAncv: countedAmount,
  note: text(1000),
});

export type CloseCashDeskFields = z.input<typeof closeCashDeskSchema>;

/** Converts a counted amount that passed the schema into cents ("" is 0). */
export function countedCents(value: string) {
  return value === "" ? 0 : (parseEuroAmountCents(value) ?? 0);
}

export const refundIssueSchema = z.object({
  refundId: z.string().trim().min(1, "required"),
  /** Proof of the repayment: a cheque number or a transfer reference. */
  note: text(500).min(1, "required"),
});
