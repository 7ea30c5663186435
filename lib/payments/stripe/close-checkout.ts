import { recordAudit } from "@/lib/audit";
import { lockSession } from "@/lib/booking/lock-session";
import { runBookingTransaction } from "@/lib/booking/transaction";
import { db, type DbClient } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getStripe, isStripeConfigured } from "@/lib/payments/stripe/client";

/**
 * Marks a PENDING card payment CANCELLED once its Checkout session has
 * expired or failed, or its booking has ended, under the session's lock. A payment that is no longer
 * PENDING (already paid, or already closed) is left alone, so a late or
 * repeated event changes nothing. Returns whether this call closed it.
 */
export async function closeCheckoutPayment(tx: DbClient, paymentId: string, reason: string) {
  const found = await tx.payment.findUnique({
    where: { id: paymentId },
    select: { booking: { select: { sessionId: true } } },
  });
  if (!found) return false;
  await lockSession(tx, found.booking.sessionId);

  const { count } = await tx.payment.updateMany({
    where: { id: paymentId, status: "PENDING" },
    data: { status: "CANCELLED" },
  });
  if (count === 0) return false;

  const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
  await recordAudit(tx, {
    action: "payment.checkout_closed",
    actorId: null,
    entityType: "Payment",
    entityId: paymentId,
    householdId: payment.householdId,
    before: { status: "PENDING" },
    after: {
      status: "CANCELLED",
      reason,
      bookingId: payment.bookingId,
      checkoutSessionId: payment.stripeCheckoutSessionId,
    },
  });
  return true;
}

/**
 * Marks the booking's open card payments CANCELLED, in the transaction that
 * ends the booking, so their Checkout page can no longer be offered.
 * Returns their ids, for `expireCheckoutSessions` once it has committed.
 */
export async function closeBookingCheckouts(tx: DbClient, bookingId: string, reason: string) {
  const pending = await tx.payment.findMany({
    where: { bookingId, tender: "CARD", status: "PENDING" },
    select: { id: true },
  });
  for (const payment of pending) await closeCheckoutPayment(tx, payment.id, reason);
  return pending.map((payment) => payment.id);
}

/**
 * Expires in Stripe the Checkout sessions of card payments that can no
 * longer be used, then marks those still PENDING as CANCELLED. Call it after
 * the commit. A failure is logged and left to Stripe, whose sessions end at
 * their `expires_at` anyway. A payment completed meanwhile reaches the
 * webhook, which records it and refunds it as a late payment.
 */
export async function expireCheckoutSessions(paymentIds: string[], reason: string) {
  if (paymentIds.length === 0 || !isStripeConfigured()) return;
  for (const paymentId of paymentIds) {
    const payment = await db.payment.findUnique({ where: { id: paymentId } });
    if (!payment?.stripeCheckoutSessionId || payment.status === "SUCCEEDED") continue;
    try {
      await getStripe().checkout.sessions.expire(payment.stripeCheckoutSessionId);
      await runBookingTransaction((tx) => closeCheckoutPayment(tx, paymentId, reason));
    } catch (error) {
      logger.warn(
        { err: error, paymentId, checkoutSessionId: payment.stripeCheckoutSessionId },
        "closing the checkout session failed",
      );
    }
  }
}
