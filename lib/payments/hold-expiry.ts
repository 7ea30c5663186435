import { lockSession } from "@/lib/booking/lock-session";
import { recordBookingAudit } from "@/lib/booking/record-booking-audit";
import { runBookingTransaction } from "@/lib/booking/transaction";
import { offerFreedPlaces } from "@/lib/booking/waiting-list";
import { db, type DbClient } from "@/lib/db";
import { createRefund } from "@/lib/payments/create-refund";
import { expireCheckoutSessions } from "@/lib/payments/stripe/close-checkout";
import { queuePaymentEmail } from "@/lib/payments/stripe/payment-emails";
import { queueStripeRefunds } from "@/lib/payments/stripe/refund-queue";

type SessionExpiry = { expired: number; refundIds: string[]; openCheckouts: string[] };

/**
 * Expires every CONFIRMED booking whose hold ended at or before `now`
 * unpaid: it becomes EXPIRED, its places go to the waiting list, anything
 * it had received is refunded, and the member gets an e-mail. Each session
 * is handled in its own transaction under its lock, and a booking changes
 * only while still CONFIRMED and held, so two runs expire it once. Once
 * committed, open Checkout sessions are closed in Stripe (best effort: a
 * payment made meanwhile is handled as a late payment by the webhook).
 */
export async function expireHolds(now: Date = new Date()): Promise<{ expired: number }> {
  const due = await db.booking.findMany({
    where: { status: "CONFIRMED", holdExpiresAt: { lte: now } },
    select: { sessionId: true },
    distinct: ["sessionId"],
  });
  let expired = 0;
  for (const { sessionId } of due) {
    const result = await runBookingTransaction((tx) => expireSessionHolds(tx, sessionId, now));
    expired += result.expired;
    await queueStripeRefunds(result.refundIds);
    await expireCheckoutSessions(result.openCheckouts, "hold_expired");
  }
  return { expired };
}

async function expireSessionHolds(
  tx: DbClient,
  sessionId: string,
  now: Date,
): Promise<SessionExpiry> {
  await lockSession(tx, sessionId);
  const bookings = await tx.booking.findMany({
    where: { sessionId, status: "CONFIRMED", holdExpiresAt: { lte: now } },
    include: {
      session: { include: { offer: { select: { title: true } } } },
      payments: { where: { status: { in: ["SUCCEEDED", "PENDING"] } } },
    },
  });
  const result: SessionExpiry = { expired: 0, refundIds: [], openCheckouts: [] };
  let released = 0;
  for (const booking of bookings) {
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: "CONFIRMED", holdExpiresAt: { lte: now } },
      data: { status: "EXPIRED" },
    });
    if (count === 0) continue;
    released += booking.places;
    result.expired += 1;

    // Money received short of the securing amount (a partial payment at
    // the office) is refunded, because the household has lost the places.
    let refundCents = 0;
    for (const payment of booking.payments) {
      if (payment.status === "PENDING") {
        if (payment.stripeCheckoutSessionId) result.openCheckouts.push(payment.id);
        continue;
      }
      const left = payment.amountCents - payment.refundedCents;
      if (left <= 0) continue;
      const refund = await createRefund(tx, {
        payment,
        amountCents: left,
        reason: "hold_expired",
        createdById: null,
      });
      refundCents += left;
      if (refund.status === "PENDING") result.refundIds.push(refund.id);
    }

    await recordBookingAudit(tx, booking, {
      action: "booking.hold_expired",
      actorId: null,
      before: { status: "CONFIRMED", holdExpiresAt: booking.holdExpiresAt?.toISOString() ?? null },
      after: { status: "EXPIRED", refundedCents: refundCents },
    });
    await queuePaymentEmail(tx, booking, "holdExpired", { refundCents });
  }
  if (released === 0) return result;

  await tx.offerSession.update({
    where: { id: sessionId },
    data: { confirmedPlaces: { decrement: released } },
  });
  await offerFreedPlaces(tx, sessionId, now);
  return result;
}
