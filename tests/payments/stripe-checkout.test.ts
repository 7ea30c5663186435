import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { startCardCheckout } from "@/lib/payments/start-checkout";
import { bookPeople, createBookingHousehold, createSession } from "../support/booking-factories";
import { expectDomainError } from "../support/expect-domain-error";
import { sessionsOfBooking, setUpStripeTestServer } from "../support/stripe";

const stripeServer = setUpStripeTestServer();

async function heldBooking() {
  const session = await createSession({ capacity: 5 });
  const household = await createBookingHousehold();
  const booking = await bookPeople(household, session.id);
  return { session, household, booking };
}

describe("startCardCheckout", () => {
  it("opens one session for five submits", async () => {
    const { household, booking } = await heldBooking();

    const results = await Promise.all(
      Array.from({ length: 5 }, () => startCardCheckout(household.actor, booking.id)),
    );

    const urls = new Set(results.map((result) => result.url));
    expect(urls.size).toBe(1);
    expect(sessionsOfBooking(stripeServer(), booking.id)).toHaveLength(1);
    const payments = await db.payment.findMany({ where: { bookingId: booking.id } });
    expect(payments).toHaveLength(1);
    expect(payments[0].status).toBe("PENDING");
    expect(payments[0].stripeCheckoutUrl).toBe([...urls][0]);
  });

  it("charges the member share in cents", async () => {
    const { household, booking } = await heldBooking();
    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });

    await startCardCheckout(household.actor, booking.id);

    const [session] = sessionsOfBooking(stripeServer(), booking.id);
    expect(session.amount_total).toBe(stored.memberShareCents);
    expect(session.currency).toBe("eur");
  });

  it("extends a shorter hold to the session's end", async () => {
    const { household, booking } = await heldBooking();
    const before = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });

    await startCardCheckout(household.actor, booking.id);
    await startCardCheckout(household.actor, booking.id);

    const after = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(before.holdExpiresAt).not.toBeNull();
    expect(after.holdExpiresAt?.getTime()).toBe(payment.checkoutExpiresAt?.getTime());
    expect(after.holdExpiresAt!.getTime()).toBeGreaterThan(before.holdExpiresAt!.getTime());
    const audits = await db.auditEntry.count({
      where: { action: "payment.checkout_opened", entityId: payment.id },
    });
    expect(audits).toBe(1);
  });

  it("asks the next instalment only", async () => {
    const { household, booking } = await heldBooking();
    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    const first = Math.floor(stored.memberShareCents / 2);
    await db.booking.update({ where: { id: booking.id }, data: { instalmentCount: 2 } });
    await db.instalment.createMany({
      data: [
        { bookingId: booking.id, position: 1, dueDate: new Date(), amountCents: first },
        {
          bookingId: booking.id,
          position: 2,
          dueDate: new Date("2027-06-01"),
          amountCents: stored.memberShareCents - first,
        },
      ],
    });

    await startCardCheckout(household.actor, booking.id);

    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(payment.amountCents).toBe(first);
  });

  it("rejects another household's booking", async () => {
    const { booking } = await heldBooking();
    const stranger = await createBookingHousehold();

    await expectDomainError(startCardCheckout(stranger.actor, booking.id), "not_found");
    expect(sessionsOfBooking(stripeServer(), booking.id)).toHaveLength(0);
  });

  it("rejects a booking with nothing owed", async () => {
    const { household, booking } = await heldBooking();
    await db.booking.update({ where: { id: booking.id }, data: { status: "CANCELLED" } });

    await expectDomainError(startCardCheckout(household.actor, booking.id), "nothing_to_pay");
  });

  it("rejects card payment without keys", async () => {
    const { household, booking } = await heldBooking();
    const key = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    try {
      await expectDomainError(
        startCardCheckout(household.actor, booking.id),
        "card_payment_unavailable",
      );
    } finally {
      process.env.STRIPE_SECRET_KEY = key;
    }
    expect(await db.payment.count({ where: { bookingId: booking.id } })).toBe(0);
  });
});
