import { recordAudit } from "@/lib/audit";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { PaymentTender } from "@/lib/generated/prisma/enums";
import { formatEuros } from "@/lib/catalogue/format";
import { balanceDueCents, netPaidCents, securingAmountCents } from "@/lib/payments/balance";
import { nextReceiptNumber } from "@/lib/payments/receipt-number";

/** The booking fields the money rules read; load them under the session's lock. */
export type PayableBooking = {
  id: string;
  householdId: string;
  status: "PENDING" | "CONFIRMED" | "WAITING" | "OFFERED" | "REFUSED" | "CANCELLED" | "EXPIRED";
  memberShareCents: number;
  paidCents: number;
  refundedCents: number;
  instalmentCount: number;
  holdExpiresAt: Date | null;
};

export type ReceivedPayment = {
  tender: PaymentTender;
  amountCents: number;
  receivedAt: Date;
  /** Staff member who took it at the office; null for a card payment. */
  recordedById: string | null;
  cashDeskSessionId?: string | null;
  chequeBank?: string | null;
  chequeNumber?: string | null;
  chequeHolder?: string | null;
  transferReference?: string | null;
  note?: string | null;
  vouchers?: { serialNumber: string; faceValueCents: number }[];
  /** A PENDING card payment that this receipt completes. */
  pendingPaymentId?: string;
  stripePaymentIntentId?: string | null;
  /**
   * Accepts more than the balance due. Only a card payment needs it: the
   * money has already left the card, and the caller refunds the excess.
   */
  allowOverpayment?: boolean;
};

/**
 * Records money received for a booking: gives it the year's next receipt
 * number, adds it to the booking's paid amount, ends the hold once the
 * securing amount is paid, and audits it. Call it in the transaction that
 * holds the session's lock. Raises `payment_exceeds_balance` when the
 * amount is above what the household owes, unless `allowOverpayment`.
 */
export async function recordReceivedPayment(
  tx: DbClient,
  booking: PayableBooking,
  received: ReceivedPayment,
) {
  const due = balanceDueCents(booking);
  if (!received.allowOverpayment && received.amountCents > due) {
    throw new DomainError("payment_exceeds_balance", {
      field: "amount",
      params: { balance: formatEuros(due) },
    });
  }

  const receiptNumber = await nextReceiptNumber(tx, received.receivedAt);
  const fields = {
    receiptNumber,
    status: "SUCCEEDED" as const,
    amountCents: received.amountCents,
    receivedAt: received.receivedAt,
    recordedById: received.recordedById,
    cashDeskSessionId: received.cashDeskSessionId ?? null,
    chequeBank: received.chequeBank ?? null,
    chequeNumber: received.chequeNumber ?? null,
    chequeHolder: received.chequeHolder ?? null,
    transferReference: received.transferReference ?? null,
    note: received.note ?? null,
    stripePaymentIntentId: received.stripePaymentIntentId ?? undefined,
  };
  const payment = received.pendingPaymentId
    ? await tx.payment.update({ where: { id: received.pendingPaymentId }, data: fields })
    : await tx.payment.create({
        data: {
          ...fields,
          bookingId: booking.id,
          householdId: booking.householdId,
          tender: received.tender,
          vouchers: received.vouchers?.length ? { create: received.vouchers } : undefined,
        },
      });

  const paidCents = booking.paidCents + received.amountCents;
  const instalments =
    booking.instalmentCount > 1
      ? await tx.instalment.findMany({
          where: { bookingId: booking.id },
          select: { position: true, amountCents: true },
        })
      : [];
  const secured =
    netPaidCents({ paidCents, refundedCents: booking.refundedCents }) >=
    securingAmountCents(booking, instalments);
  await tx.booking.update({
    where: { id: booking.id },
    data: {
      paidCents,
      holdExpiresAt: secured ? null : booking.holdExpiresAt,
    },
  });

  await recordAudit(tx, {
    action: "payment.received",
    actorId: received.recordedById,
    entityType: "Payment",
    entityId: payment.id,
    householdId: booking.householdId,
    after: {
      bookingId: booking.id,
      receiptNumber,
      tender: received.tender,
      amountCents: received.amountCents,
      paidCents,
      holdEnded: secured && booking.holdExpiresAt !== null,
    },
  });
  return payment;
}
