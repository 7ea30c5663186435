import type Stripe from "stripe";

import { runBookingTransaction } from "@/lib/booking/transaction";
import type { DbClient } from "@/lib/db";
import { logger } from "@/lib/logger";
import { closeCheckoutPayment } from "@/lib/payments/stripe/close-checkout";
import { completeCheckout } from "@/lib/payments/stripe/complete-checkout";
import { refundOutcome, settleStripeRefund } from "@/lib/payments/stripe/issue-refund";
import { queueStripeRefunds } from "@/lib/payments/stripe/refund-queue";

export type EventResult = "processed" | "duplicate" | "ignored";

const HANDLED_TYPES = new Set([
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.expired",
  "checkout.session.async_payment_failed",
  "refund.created",
  "refund.updated",
  "refund.failed",
  "charge.refund.updated",
]);

/**
 * Applies a verified Stripe event once. The event's id is stored in the
 * same transaction as its effect, so a redelivery finds it and changes
 * nothing. Every effect also checks the current state (a payment already
 * SUCCEEDED, a refund no longer PENDING), so events arriving out of order
 * are safe. Card refunds created here are sent to Stripe after the commit.
 */
export async function handleStripeEvent(event: Stripe.Event): Promise<EventResult> {
  if (!HANDLED_TYPES.has(event.type)) return "ignored";

  const { result, refundIds } = await runBookingTransaction(async (tx) => {
    const inserted = await tx.stripeEvent.createMany({
      data: [{ id: event.id, type: event.type }],
      skipDuplicates: true,
    });
    if (inserted.count === 0) return { result: "duplicate" as const, refundIds: [] };
    const refundIds = await applyEvent(tx, event);
    return { result: "processed" as const, refundIds };
  });
  await queueStripeRefunds(refundIds);
  logger.info({ stripeEventId: event.id, type: event.type, result }, "Stripe event handled");
  return result;
}

async function applyEvent(tx: DbClient, event: Stripe.Event): Promise<string[]> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      // A delayed method (bank debit) completes unpaid, then sends
      // async_payment_succeeded once the money is there.
      if (session.payment_status !== "paid") return [];
      const { refundIds } = await completeCheckout(tx, session);
      return refundIds;
    }
    case "checkout.session.expired":
    case "checkout.session.async_payment_failed": {
      const session = event.data.object;
      const paymentId = session.metadata?.paymentId ?? session.client_reference_id;
      if (paymentId) await closeCheckoutPayment(tx, paymentId, event.type);
      return [];
    }
    case "refund.created":
    case "refund.updated":
    case "refund.failed":
    case "charge.refund.updated":
      await applyRefundEvent(tx, event.data.object);
      return [];
    default:
      return [];
  }
}

async function applyRefundEvent(tx: DbClient, stripeRefund: Stripe.Refund) {
  const outcome = refundOutcome(stripeRefund.status);
  if (!outcome) return;
  const refund = await tx.refund.findFirst({
    where: {
      OR: [
        { stripeRefundId: stripeRefund.id },
        ...(stripeRefund.metadata?.refundId ? [{ id: stripeRefund.metadata.refundId }] : []),
      ],
    },
    select: { id: true },
  });
  if (!refund) {
    logger.warn({ stripeRefundId: stripeRefund.id }, "Stripe refund matches no refund");
    return;
  }
  await settleStripeRefund(tx, refund.id, outcome, stripeRefund.id);
}
