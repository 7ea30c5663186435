import { describe, expect, it } from "vitest";

import { runBookingTransaction } from "@/lib/booking/transaction";
import { db } from "@/lib/db";
import { expireHolds } from "@/lib/payments/hold-expiry";
import { recordReceivedPayment } from "@/lib/payments/record-payment";
import {
  bookPeople,
  createBookingHousehold,
  createSession,
  findBooking,
  sessionPlaces,
} from "../support/booking-factories";
import { emailsTo } from "../support/stripe";

/** Ends the booking's hold now and runs the expiry, leaving other tests' bookings unchanged. */
async function endHold(bookingId: string) {
  await db.booking.update({
    where: { id: bookingId },
    data: { holdExpiresAt: new Date(Date.now() - 1_000) },
  });
  return expireHolds(new Date());
}

describe("expireHolds", () => {
  it("gives the places to the waiting list", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await createBookingHousehold();
    const second = await createBookingHousehold();
    const held = await bookPeople(first, session.id);
    const waiting = await bookPeople(second, session.id);
    expect((await findBooking(held.id)).holdExpiresAt).not.toBeNull();
    expect((await findBooking(waiting.id)).status).toBe("WAITING");

    await endHold(held.id);

    expect((await findBooking(held.id)).status).toBe("EXPIRED");
    expect((await findBooking(waiting.id)).status).toBe("OFFERED");
    const places = await sessionPlaces(session.id);
    expect(places.confirmedPlaces).toBe(0);
    expect(places.offeredPlaces).toBe(1);
    expect(await emailsTo(first.user.email, "Réservation expirée")).toHaveLength(1);
    const audits = await db.auditEntry.count({
      where: { action: "booking.hold_expired", entityId: held.id },
    });
    expect(audits).toBe(1);
  });

  it("expires a booking once", async () => {
    const session = await createSession({ capacity: 2 });
    const household = await createBookingHousehold();
    const held = await bookPeople(household, session.id);

    await Promise.all([endHold(held.id), expireHolds(new Date()), expireHolds(new Date())]);

    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(0);
    expect(await emailsTo(household.user.email, "Réservation expirée")).toHaveLength(1);
  });

  it("keeps a hold that has not ended", async () => {
    const session = await createSession({ capacity: 2 });
    const household = await createBookingHousehold();
    const held = await bookPeople(household, session.id);

    await expireHolds(new Date());

    expect((await findBooking(held.id)).status).toBe("CONFIRMED");
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(1);
  });

  it("refunds a partial payment", async () => {
    const session = await createSession({ capacity: 2 });
    const household = await createBookingHousehold();
    const held = await bookPeople(household, session.id);
    await runBookingTransaction(async (tx) => {
      const booking = await tx.booking.findUniqueOrThrow({ where: { id: held.id } });
      await recordReceivedPayment(tx, booking, {
        tender: "CHEQUE",
        amountCents: 2_000,
        receivedAt: new Date(),
        recordedById: null,
      });
    });

    await endHold(held.id);

    const stored = await findBooking(held.id);
    expect(stored.status).toBe("EXPIRED");
    expect(stored.refundedCents).toBe(2_000);
    const [refund] = await db.refund.findMany({ where: { bookingId: held.id } });
    expect(refund.status).toBe("TO_ISSUE");
    expect(refund.reason).toBe("hold_expired");
  });
});
