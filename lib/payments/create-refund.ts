import { recordAudit } from "@/lib/audit";
import type { DbClient } from "@/lib/db";
import type { PaymentTender } from "@/lib/generated/prisma/enums";

export type RefundReason =
  "cancellation" | "late_payment" | "overpayment" | "hold_expired" | "staff";

/**
 * Records a refund through one payment: a card refund starts PENDING (the
 * caller asks Stripe once the transaction has committed), any other tender
 * waits for staff to issue it (TO_ISSUE). Adds the amount to the payment's
 * and the booking's refunded amounts, whose CHECK constraints refuse a
 * refund above what the payment or the booking received. Call it in the
 * transaction that holds the session's lock.
 */
export async function createRefund(
  tx: DbClient,
  refund: {
    payment: { id: string; bookingId: string; householdId: string; tender: PaymentTender };
    amountCents: number;
    reason: RefundReason;
    createdById: string | null;
  },
) {
  const { payment } = refund;
  const created = await tx.refund.create({
    data: {
      bookingId: payment.bookingId,
      paymentId: payment.id,
      householdId: payment.householdId,
      tender: payment.tender,
      amountCents: refund.amountCents,
      status: payment.tender === "CARD" ? "PENDING" : "TO_ISSUE",
      reason: refund.reason,
      createdById: refund.createdById,
    },
  });
  await tx.payment.update({
    where: { id: payment.id },
    data: { refundedCents: { increment: refund.amountCents } },
  });
  await tx.booking.update({
    where: { id: payment.bookingId },
    data: { refundedCents: { increment: refund.amountCents } },
  });
  await recordAudit(tx, {
    action: "refund.created",
    actorId: refund.createdById,
    entityType: "Refund",
    entityId: created.id,
    householdId: payment.householdId,
    after: {
      bookingId: payment.bookingId,
      paymentId: payment.id,
      tender: payment.tender,
      amountCents: refund.amountCents,
      reason: refund.reason,
    },
  });
  return created;
}
