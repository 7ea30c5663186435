import { recordAudit } from "@/lib/audit";
import { lockSession } from "@/lib/booking/lock-session";
import type { DbClient } from "@/lib/db";

/**
 * Marks a PENDING card payment CANCELLED once its Checkout session has
 * expired or failed, under the session's lock. A payment that is no longer
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
