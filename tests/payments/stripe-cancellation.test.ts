import { describe, expect, it } from "vitest";

import { cancelBooking, cancelBookingAsStaff } from "@/lib/booking/cancel-booking";
import { db } from "@/lib/db";
import { recordOfficePayments } from "@/lib/payments/office/record-office-payments";
import { startCardCheckout } from "@/lib/payments/start-checkout";
import { bookPeople, createBookingHousehold, createSession } from "../support/booking-factories";
import { createStaffUser } from "../support/factories";
import {
  emailsTo,
  postToWebhook,
  sessionsOfBooking,
  setUpStripeTestServer,
} from "../support/stripe";

const stripeServer = setUpStripeTestServer();

/** Books one place and opens its Checkout session. */
async function openCheckout() {
  const session = await createSession({ capacity: 5 });
  const household = await createBookingHousehold();
  const booking = await bookPeople(household, session.id);
  await startCardCheckout(household.actor, booking.id);
  const [checkout] = sessionsOfBooking(stripeServer(), booking.id);
  return { household, booking, checkoutId: checkout.id };
}

const cancellations = [
  {
    by: "member",
    cancel: async (
      booking: { id: string },
      household: Awaited<ReturnType<typeof openCheckout>>["household"],
    ) => {
      await cancelBooking(household.actor, booking.id);
    },
  },
  {
    by: "staff",
    cancel: async (booking: { id: string }) => {
      const staff = await createStaffUser(["DIRECTION"]);
      await cancelBookingAsStaff(staff.actor, booking.id, "Séjour annulé");
    },
  },
];

describe("cancelling a booking with an open Checkout session", () => {
  it.each(cancellations)("closes the session when cancelled by $by", async ({ cancel }) => {
    const { household, booking, checkoutId } = await openCheckout();

    await cancel(booking, household);

    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(payment.status).toBe("CANCELLED");
    expect(stripeServer().sessions.get(checkoutId)?.status).toBe("expired");
    const audits = await db.auditEntry.findMany({
      where: { action: "payment.checkout_closed", entityId: payment.id },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0].after).toMatchObject({ reason: "booking_cancelled" });
  });

  it("refunds a payment completed before the cancellation", async () => {
    const { household, booking, checkoutId } = await openCheckout();
    // Paid at the same moment: the event reaches the app after the cancellation.
    const paid = stripeServer().completeSession(checkoutId);

    await cancelBooking(household.actor, booking.id);
    const { payload, signature } = stripeServer().signEvent(paid);
    expect(await postToWebhook(payload, signature)).toBe(200);

    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(stored.status).toBe("CANCELLED");
    expect(stored.paidCents).toBe(stored.memberShareCents);
    expect(stored.refundedCents).toBe(stored.paidCents);
    const [refund] = await db.refund.findMany({ where: { bookingId: booking.id } });
    expect(refund.reason).toBe("late_payment");
    const emails = await emailsTo(household.user.email, "Paiement remboursé");
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain("alors que votre réservation était annulée");
  });
});

describe("paying at the office with an open Checkout session", () => {
  it("closes the session", async () => {
    const { booking, checkoutId } = await openCheckout();
    const staff = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const { memberShareCents } = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });

    await recordOfficePayments(staff.actor, booking.id, [
      { tender: "TRANSFER", amountCents: memberShareCents, transferReference: "VIR-7" },
    ]);

    const card = await db.payment.findFirstOrThrow({
      where: { bookingId: booking.id, tender: "CARD" },
    });
    expect(card.status).toBe("CANCELLED");
    expect(stripeServer().sessions.get(checkoutId)?.status).toBe("expired");
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "payment.checkout_closed", entityId: card.id },
    });
    expect(audit.after).toMatchObject({ reason: "paid_at_office" });
  });
});
