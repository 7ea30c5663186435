import type { MemberActor, StaffActor } from "@/lib/auth/guards";
import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadPaymentReceipt } from "@/lib/payments/receipts/payment-receipt";
import { renderAttestationPdf } from "@/lib/payments/receipts/render-attestation";
import { renderReceiptPdf } from "@/lib/payments/receipts/render-receipt";
import { loadYearlyAttestation } from "@/lib/payments/receipts/yearly-attestation";
import { loadReviewer } from "@/lib/staff/actor";
import { canManageOffers, canViewPayments } from "@/lib/staff/sectors";

export type PdfFile = { fileName: string; bytes: Uint8Array };

/** Earliest year accepted for an attestation; the software took no payments before. */
const FIRST_ATTESTATION_YEAR = 2020;

/**
 * Renders the receipt of a payment of the member's household. Raises
 * `not_found` for another household's payment, or one not received.
 */
export async function memberReceiptPdf(actor: MemberActor, paymentId: string): Promise<PdfFile> {
  const receipt = await loadPaymentReceipt(db, paymentId, actor.householdId);
  if (!receipt) throw new DomainError("not_found");
  return { fileName: `recu-${receipt.receiptNumber}.pdf`, bytes: await renderReceiptPdf(receipt) };
}

/**
 * Renders any payment's receipt for staff who see payments (the Caisse,
 * Direction, admins) or who manage the booking's kind of offer. Raises
 * `not_found` for everyone else.
 */
export async function staffReceiptPdf(actor: StaffActor, paymentId: string): Promise<PdfFile> {
  const staff = await loadReviewer(db, actor);
  const receipt = await loadPaymentReceipt(db, paymentId, null);
  const allowed =
    receipt !== null &&
    (canViewPayments(staff) || canManageOffers(staff, receipt.booking.session.offer.kind));
  if (!receipt || !allowed) throw new DomainError("not_found");
  return { fileName: `recu-${receipt.receiptNumber}.pdf`, bytes: await renderReceiptPdf(receipt) };
}

/**
 * Renders the member household's payment attestation for a calendar year.
 * Raises `not_found` for a year that is not a whole number between 2020
 * and the current year.
 */
export async function memberAttestationPdf(actor: MemberActor, year: string): Promise<PdfFile> {
  const parsed = /^\d{4}$/.test(year) ? Number(year) : NaN;
  if (!(parsed >= FIRST_ATTESTATION_YEAR && parsed <= currentYear())) {
    throw new DomainError("not_found");
  }
  const attestation = await loadYearlyAttestation(db, actor.householdId, parsed);
  return {
    fileName: `attestation-paiements-${parsed}.pdf`,
    bytes: await renderAttestationPdf(attestation),
  };
}
