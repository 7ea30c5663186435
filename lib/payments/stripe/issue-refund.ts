import Stripe from "stripe";

import { recordAudit } from "@/lib/audit";
import { db, type DbClient } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getStripe, isStripeConfigured } from "@/lib/payments/stripe/client";

export type StripeRefundOutcome = "ISSUED" | "FAILED";

/**
 * Asks Stripe to refund one PENDING card refund, with the refund's id as the
 * idempotency key, so a retry, a second job or the sweep never refunds twice.
 * Stripe's response settles the refund: ISSUED, FAILED, or still PENDING with
 * its Stripe id until a `refund.updated` event arrives. A request Stripe
 * rejects (already refunded, amount too high) marks it FAILED for staff to
 * issue by other means. Network and server errors raise, so the job retries.
 */
export async function issueStripeRefund(refundId: string) {
  const refund = await db.refund.findUnique({
    where: { id: refundId },
    include: { payment: { select: { stripePaymentIntentId: true } } },
  });
  if (!refund || refund.status !== "PENDING" || refund.stripeRefundId) return "skipped";
  if (!isStripeConfigured()) {
    logger.warn({ refundId }, "card refund waits: Stripe keys are not set");
    return "skipped";
  }

  const paymentIntent = refund.payment.stripePaymentIntentId;
  if (!paymentIntent) {
    logger.error({ refundId, paymentId: refund.paymentId }, "card payment has no payment intent");
    await settleStripeRefund(db, refundId, "FAILED", null);
    return "FAILED";
  }

  let created: Stripe.Refund;
  try {
    created = await getStripe().refunds.create(
      {
        payment_intent: paymentIntent,
        amount: refund.amountCents,
        metadata: { refundId: refund.id, bookingId: refund.bookingId },
      },
      { idempotencyKey: refund.id },
    );
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
    logger.error({ err: error, refundId }, "Stripe rejected the refund");
    await settleStripeRefund(db, refundId, "FAILED", null);
    return "FAILED";
  }

  const outcome = refundOutcome(created.status);
  if (outcome) {
    await settleStripeRefund(db, refundId, outcome, created.id);
    return outcome;
  }
  await db.refund.updateMany({
    where: { id: refundId, status: "PENDING", stripeRefundId: null },
    data: { stripeRefundId: created.id },
  });
  return "PENDING";
}

/** Maps a Stripe refund status to the refund's final status, or null while it is under way. */
export function refundOutcome(status: string | null): StripeRefundOutcome | null {
  if (status === "succeeded") return "ISSUED";
  if (status === "failed" || status === "canceled") return "FAILED";
  return null;
}

/**
 * Settles a PENDING refund once, whichever of the job and the webhook gets
 * there first: the update applies only while the refund is PENDING.
 * Returns whether this call settled it.
 */
export async function settleStripeRefund(
  client: DbClient,
  refundId: string,
  outcome: StripeRefundOutcome,
  stripeRefundId: string | null,
) {
  const now = new Date();
  const { count } = await client.refund.updateMany({
    where: { id: refundId, status: "PENDING" },
    data: {
      status: outcome,
      issuedAt: outcome === "ISSUED" ? now : null,
      ...(stripeRefundId ? { stripeRefundId } : {}),
    },
  });
  if (count === 0) return false;

  const refund = await client.refund.findUniqueOrThrow({ where: { id: refundId } });
  await recordAudit(client, {
    action: outcome === "ISSUED" ? "refund.issued" : "refund.failed",
    actorId: null,
    entityType: "Refund",
    entityId: refundId,
    householdId: refund.householdId,
    before: { status: "PENDING" },
    after: {
      status: outcome,
      stripeRefundId: refund.stripeRefundId,
      amountCents: refund.amountCents,
    },
  });
  return true;
}

/**
 * Returns the card refunds never sent to Stripe, oldest first: their job
 * was lost, or failed on a network error more times than the retry limit.
 */
export async function unsentStripeRefundIds(limit = 100) {
  const refunds = await db.refund.findMany({
    where: { status: "PENDING", tender: "CARD", stripeRefundId: null },
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take: limit,
  });
  return refunds.map((refund) => refund.id);
}
