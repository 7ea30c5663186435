import type Stripe from "stripe";

import { freePlaces } from "@/lib/booking/booking-access";
import { lockSession } from "@/lib/booking/lock-session";
import { recordBookingAudit } from "@/lib/booking/record-booking-audit";
import type { DbClient } from "@/lib/db";
import { logger } from "@/lib/logger";
import { balanceDueCents } from "@/lib/payments/balance";
import { createRefund } from "@/lib/payments/create-refund";
import { recordReceivedPayment } from "@/lib/payments/record-payment";
import { queuePaymentEmail } from "@/lib/payments/stripe/payment-emails";

/** Outcome of a paid Checkout session for its booking. */
export type CheckoutOutcome =
  "already_recorded" | "unknown_payment" | "received" | "reinstated" | "refunded";

/**
 * Records the money of a paid Checkout session, once, under the session's
 * lock. A CONFIRMED booking takes the payment, and any excess over its
 * balance (paid at the office meanwhile) is refunded. An EXPIRED booking is
 * reinstated when its places are still free and no booking waits for
 * them. Otherwise, and for any other status, the whole payment is refunded,
 * so a late payment never takes the session above its capacity. Returns
 * the outcome and the card refunds to send to Stripe after the commit.
 */
export async function completeCheckout(tx: DbClient, session: Stripe.Checkout.Session) {
  const refundIds: string[] = [];
  const paymentId = session.metadata?.paymentId ?? session.client_reference_id;
  const found = paymentId
    ? await tx.payment.findUnique({ where: { id: paymentId }, include: { booking: true } })
    : null;
  if (!found || found.tender !== "CARD") {
    logger.warn({ checkoutSessionId: session.id, paymentId }, "paid checkout matches no payment");
    return { outcome: "unknown_payment" as CheckoutOutcome, refundIds };
  }

  const locked = await lockSession(tx, found.booking.sessionId);
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: found.id } });
  if (payment.status === "SUCCEEDED") return { outcome: "already_recorded" as const, refundIds };
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: payment.bookingId },
    include: { session: { include: { offer: { select: { title: true } } } } },
  });

  const amountCents = session.amount_total ?? payment.amountCents;
  let outcome: CheckoutOutcome = "received";
  let payable = booking;
  if (booking.status === "EXPIRED" && (await canReinstate(tx, booking, locked))) {
    payable = await reinstate(tx, booking);
    outcome = "reinstated";
  } else if (booking.status !== "CONFIRMED") {
    outcome = "refunded";
  }

  const due = balanceDueCents(payable);
  const received = await recordReceivedPayment(tx, payable, {
    tender: "CARD",
    amountCents,
    receivedAt: new Date(),
    recordedById: null,
    pendingPaymentId: payment.id,
    stripePaymentIntentId: paymentIntentId(session),
    allowOverpayment: true,
  });
  const refundCents = outcome === "refunded" ? amountCents : Math.max(amountCents - due, 0);
  if (refundCents > 0) {
    const refund = await createRefund(tx, {
      payment: received,
      amountCents: refundCents,
      reason: outcome === "refunded" ? "late_payment" : "overpayment",
      createdById: null,
    });
    refundIds.push(refund.id);
  }

  const balanceCents = Math.max(due - amountCents, 0);
  await queuePaymentEmail(tx, booking, outcome === "refunded" ? "lateRefunded" : outcome, {
    amountCents,
    receiptNumber: received.receiptNumber,
    balanceCents,
    refundCents: outcome === "refunded" ? 0 : refundCents,
  });
  return { outcome, refundIds };
}

/**
 * Tells whether an EXPIRED booking can take its places back: the session
 * is not cancelled, has the free places, and no family is WAITING or
 * OFFERED, since those were in line for the places first.
 */
async function canReinstate(
  tx: DbClient,
  booking: { sessionId: string; places: number },
  locked: {
    capacity: number;
    confirmedPlaces: number;
    offeredPlaces: number;
    cancelledAt: Date | null;
  },
) {
  if (locked.cancelledAt || freePlaces(locked) < booking.places) return false;
  const inLine = await tx.booking.count({
    where: { sessionId: booking.sessionId, status: { in: ["WAITING", "OFFERED"] } },
  });
  return inLine === 0;
}

async function reinstate<
  T extends { id: string; householdId: string; sessionId: string; places: number },
>(tx: DbClient, booking: T) {
  const updated = await tx.booking.update({
    where: { id: booking.id },
    data: { status: "CONFIRMED", holdExpiresAt: null },
  });
  await tx.offerSession.update({
    where: { id: booking.sessionId },
    data: { confirmedPlaces: { increment: booking.places } },
  });
  await recordBookingAudit(tx, booking, {
    action: "booking.reinstated",
    actorId: null,
    before: { status: "EXPIRED" },
    after: { status: "CONFIRMED", reason: "late_card_payment" },
  });
  return { ...booking, ...updated };
}

function paymentIntentId(session: Stripe.Checkout.Session) {
  const intent = session.payment_intent;
  if (!intent) return null;
  return typeof intent === "string" ? intent : intent.id;
}
