import Stripe from "stripe";
import { describe, expect, it } from "vitest";

import { runBookingTransaction } from "@/lib/booking/transaction";
import { db } from "@/lib/db";
import { expireHolds } from "@/lib/payments/hold-expiry";
import { recordReceivedPayment } from "@/lib/payments/record-payment";
import { startCardCheckout } from "@/lib/payments/start-checkout";
import { issueStripeRefund } from "@/lib/payments/stripe/issue-refund";
import {
  bookPeople,
  createBookingHousehold,
  createSession,
  findBooking,
  sessionPlaces,
} from "../support/booking-factories";
import {
  emailsTo,
  postToWebhook,
  sessionsOfBooking,
  setUpStripeTestServer,
  TEST_WEBHOOK_SECRET,
} from "../support/stripe";

const stripeServer = setUpStripeTestServer();

/** Books one place and opens its Checkout session; returns the session's id. */
async function openCheckout(capacity = 5) {
  const session = await createSession({ capacity });
  const household = await createBookingHousehold();
  const booking = await bookPeople(household, session.id);
  await startCardCheckout(household.actor, booking.id);
  const [checkout] = sessionsOfBooking(stripeServer(), booking.id);
  return { session, household, booking, checkoutId: checkout.id };
}

/** Ends the booking's hold now and runs the expiry, leaving other tests' bookings unchanged. */
async function endHold(bookingId: string) {
  await db.booking.update({
    where: { id: bookingId },
    data: { holdExpiresAt: new Date(Date.now() - 1_000) },
  });
  await expireHolds(new Date());
}

async function deliver(event: Parameters<ReturnType<typeof stripeServer>["signEvent"]>[0]) {
  const { payload, signature } = stripeServer().signEvent(event);
  return postToWebhook(payload, signature);
}

describe("Stripe webhook", () => {
  it("records one payment for five deliveries", async () => {
    const { booking, household, checkoutId } = await openCheckout();
    const event = stripeServer().completeSession(checkoutId);

    const statuses = await Promise.all(Array.from({ length: 5 }, () => deliver(event)));

    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const payments = await db.payment.findMany({ where: { bookingId: booking.id } });
    expect(payments).toHaveLength(1);
    expect(payments[0].status).toBe("SUCCEEDED");
    expect(payments[0].receiptNumber).toMatch(/^\d{4}-\d{6}$/);
    const stored = await findBooking(booking.id);
    expect(stored.paidCents).toBe(stored.memberShareCents);
    expect(stored.holdExpiresAt).toBeNull();
    expect(await emailsTo(household.user.email, "Paiement reçu")).toHaveLength(1);
  });

  it("records one payment for events in reverse order", async () => {
    const { booking, household, checkoutId } = await openCheckout();
    const completed = stripeServer().completeSession(checkoutId);
    const expired = {
      ...completed,
      id: `${completed.id}_expired`,
      type: "checkout.session.expired",
    };
    const events = [completed, expired, completed, expired, completed];

    for (const event of events.reverse()) {
      expect(await deliver(event as typeof completed)).toBe(200);
    }

    const payments = await db.payment.findMany({ where: { bookingId: booking.id } });
    expect(payments).toHaveLength(1);
    expect(payments[0].status).toBe("SUCCEEDED");
    expect((await findBooking(booking.id)).paidCents).toBe(payments[0].amountCents);
    expect(await emailsTo(household.user.email, "Paiement reçu")).toHaveLength(1);
  });

  it("rejects a bad signature and changes nothing", async () => {
    const { booking, checkoutId } = await openCheckout();
    const event = stripeServer().completeSession(checkoutId);
    const { payload, signature } = stripeServer().signEvent(event, "whsec_wrong");

    expect(await postToWebhook(payload, signature)).toBe(400);
    expect(await postToWebhook(payload, "")).toBe(400);
    expect(await db.stripeEvent.count({ where: { id: event.id } })).toBe(0);
    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(payment.status).toBe("PENDING");
    expect((await findBooking(booking.id)).paidCents).toBe(0);
  });

  it.each([{ body: "not json" }, { body: '{"id": ' }, { body: "null" }, { body: "[1, 2]" }])(
    "rejects the signed body $body",
    async ({ body }) => {
      const signature = Stripe.webhooks.generateTestHeaderString({
        payload: body,
        secret: TEST_WEBHOOK_SECRET,
      });

      expect(await postToWebhook(body, signature)).toBe(400);
    },
  );

  it("pays through the hosted page", async () => {
    const { booking, checkoutId } = await openCheckout();

    const response = await fetch(`${stripeServer().url}/checkout/${checkoutId}/pay`, {
      method: "POST",
      redirect: "manual",
    });

    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toContain(
      `/account/bookings/${booking.id}?paiement=ok`,
    );
    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(payment.status).toBe("SUCCEEDED");
    expect(payment.stripePaymentIntentId).toMatch(/^pi_test_/);
  });

  it("closes the payment of an expired session", async () => {
    const { booking, checkoutId } = await openCheckout();

    expect(await deliver(stripeServer().expireSession(checkoutId))).toBe(200);

    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(payment.status).toBe("CANCELLED");
    const audits = await db.auditEntry.count({
      where: { action: "payment.checkout_closed", entityId: payment.id },
    });
    expect(audits).toBe(1);
  });
});

describe("late card payment", () => {
  it("refunds it when the place went to the waiting list", async () => {
    const { session, booking, household, checkoutId } = await openCheckout(1);
    const next = await createBookingHousehold();
    const waiting = await bookPeople(next, session.id);
    // Paid at the last moment: the event reaches the app after the hold ended.
    const paid = stripeServer().completeSession(checkoutId);
    await endHold(booking.id);
    expect((await findBooking(booking.id)).status).toBe("EXPIRED");
    expect((await findBooking(waiting.id)).status).toBe("OFFERED");

    expect(await deliver(paid)).toBe(200);

    const stored = await findBooking(booking.id);
    expect(stored.status).toBe("EXPIRED");
    expect(stored.refundedCents).toBe(stored.paidCents);
    const places = await sessionPlaces(session.id);
    expect(places.confirmedPlaces + places.offeredPlaces).toBeLessThanOrEqual(places.capacity);
    expect(places.confirmedPlaces).toBe(places.confirmedInBookings);
    const [refund] = await db.refund.findMany({ where: { bookingId: booking.id } });
    expect(refund.reason).toBe("late_payment");
    expect(refund.status).toBe("PENDING");
    const emails = await emailsTo(household.user.email, "Paiement remboursé");
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain("le délai de paiement de votre réservation était dépassé");
    expect(emails[0].text).not.toContain("réservation était annulée");
  });

  it("reinstates the booking when places are free", async () => {
    const { session, booking, household, checkoutId } = await openCheckout(3);
    const paid = stripeServer().completeSession(checkoutId);
    await endHold(booking.id);
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(0);

    expect(await deliver(paid)).toBe(200);

    const stored = await findBooking(booking.id);
    expect(stored.status).toBe("CONFIRMED");
    expect(stored.paidCents).toBe(stored.memberShareCents);
    expect(stored.holdExpiresAt).toBeNull();
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(1);
    expect(await db.refund.count({ where: { bookingId: booking.id } })).toBe(0);
    const audits = await db.auditEntry.count({
      where: { action: "booking.reinstated", entityId: booking.id },
    });
    expect(audits).toBe(1);
    expect(await emailsTo(household.user.email, "Réservation rétablie")).toHaveLength(1);
  });

  it("refunds the excess paid at the office meanwhile", async () => {
    const { booking, checkoutId } = await openCheckout();
    const share = (await findBooking(booking.id)).memberShareCents;
    await runBookingTransaction(async (tx) => {
      const locked = await tx.booking.findUniqueOrThrow({ where: { id: booking.id } });
      await recordReceivedPayment(tx, locked, {
        tender: "CASH",
        amountCents: 1_000,
        receivedAt: new Date(),
        recordedById: null,
      });
    });

    expect(await deliver(stripeServer().completeSession(checkoutId))).toBe(200);

    const stored = await findBooking(booking.id);
    expect(stored.paidCents).toBe(share + 1_000);
    expect(stored.refundedCents).toBe(1_000);
    const [refund] = await db.refund.findMany({ where: { bookingId: booking.id } });
    expect(refund.reason).toBe("overpayment");
    expect(refund.tender).toBe("CARD");
  });
});

describe("Stripe refunds", () => {
  async function lateRefund() {
    const { session, booking, checkoutId } = await openCheckout(1);
    await bookPeople(await createBookingHousehold(), session.id);
    const paid = stripeServer().completeSession(checkoutId);
    await endHold(booking.id);
    await deliver(paid);
    return db.refund.findFirstOrThrow({ where: { bookingId: booking.id } });
  }

  it("issues a refund once", async () => {
    const refund = await lateRefund();

    const outcomes = await Promise.all([
      issueStripeRefund(refund.id),
      issueStripeRefund(refund.id),
    ]);

    expect(outcomes).toContain("ISSUED");
    const stored = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(stored.status).toBe("ISSUED");
    expect(stored.stripeRefundId).toMatch(/^re_test_/);
    const atStripe = [...stripeServer().refunds.values()].filter(
      (candidate) => candidate.metadata?.refundId === refund.id,
    );
    expect(atStripe).toHaveLength(1);
    expect(atStripe[0].amount).toBe(refund.amountCents);
  });

  it("settles a pending refund from its event", async () => {
    const refund = await lateRefund();
    stripeServer().refundOutcome = "pending";
    try {
      expect(await issueStripeRefund(refund.id)).toBe("PENDING");
    } finally {
      stripeServer().refundOutcome = "succeeded";
    }
    const pending = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });

    expect(await deliver(stripeServer().settleRefund(pending.stripeRefundId!, "failed"))).toBe(200);

    const stored = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(stored.status).toBe("FAILED");
    const audits = await db.auditEntry.count({
      where: { action: "refund.failed", entityId: refund.id },
    });
    expect(audits).toBe(1);
  });
});
