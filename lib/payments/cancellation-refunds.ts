import { toCalendarDate, todayInParis } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { netPaidCents } from "@/lib/payments/balance";
import {
  allocateRefund,
  cancellationFeeCents,
  cancellationSettlement,
} from "@/lib/payments/cancellation";
import { createRefund } from "@/lib/payments/create-refund";

/** The booking fields that decide what a cancellation keeps and gives back. */
export type CancellableBookingMoney = {
  id: string;
  householdId: string;
  status: BookingStatus;
  memberShareCents: number;
  paidCents: number;
  refundedCents: number;
  session: { offerId: string; startDate: Date };
};

export type CancellationTerms = { feeCents: number; refundCents: number };

/**
 * Computes what cancelling the booking on `now`'s day (Europe/Paris) keeps
 * and refunds. Only a CONFIRMED booking pays the scale: a request or a
 * waiting booking gets back all it paid, and so does one whose fee staff
 * waive. `feeCents` is the part of the money received that is kept.
 */
export async function computeCancellationTerms(
  client: DbClient,
  booking: CancellableBookingMoney,
  options: { now: Date; waiveFee?: boolean },
): Promise<CancellationTerms> {
  const paid = netPaidCents(booking);
  let scaleFeeCents = 0;
  if (booking.status === "CONFIRMED" && !options.waiveFee) {
    const tiers = await client.cancellationTier.findMany({
      where: { offerId: booking.session.offerId },
      select: { daysBefore: true, retainedPercent: true },
    });
    scaleFeeCents = cancellationFeeCents({
      memberShareCents: booking.memberShareCents,
      tiers,
      startDate: toCalendarDate(booking.session.startDate),
      today: todayInParis(options.now),
    });
  }
  const settlement = cancellationSettlement({ feeCents: scaleFeeCents, netPaidCents: paid });
  return { feeCents: settlement.keptCents, refundCents: settlement.refundCents };
}

/**
 * Settles the money of a booking being cancelled: stores the fee kept and
 * creates the refunds, card payments first, none above what its payment
 * received. Call it in the cancelling transaction, under the session's
 * lock. Returns the terms and the ids of the card refunds, which the caller
 * sends to Stripe once the transaction has committed.
 */
export async function settleCancellationMoney(
  tx: DbClient,
  booking: CancellableBookingMoney,
  options: { now: Date; actorId: string; waiveFee?: boolean },
) {
  const terms = await computeCancellationTerms(tx, booking, options);
  await tx.booking.update({
    where: { id: booking.id },
    data: { cancellationFeeCents: terms.feeCents },
  });
  if (terms.refundCents === 0) return { terms, cardRefundIds: [] as string[] };

  const payments = await tx.payment.findMany({
    where: { bookingId: booking.id, status: "SUCCEEDED" },
    select: {
      id: true,
      bookingId: true,
      householdId: true,
      tender: true,
      amountCents: true,
      refundedCents: true,
      receivedAt: true,
      receiptNumber: true,
    },
  });
  const cardRefundIds: string[] = [];
  for (const part of allocateRefund(payments, terms.refundCents)) {
    const payment = payments.find((candidate) => candidate.id === part.paymentId)!;
    const refund = await createRefund(tx, {
      payment,
      amountCents: part.amountCents,
      reason: "cancellation",
      createdById: options.actorId,
    });
    if (refund.tender === "CARD") cardRefundIds.push(refund.id);
  }
  return { terms, cardRefundIds };
}
