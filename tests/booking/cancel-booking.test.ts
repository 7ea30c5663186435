import { describe, expect, it } from "vitest";

import { cancelBooking, cancelBookingAsStaff } from "@/lib/booking/cancel-booking";
import { db } from "@/lib/db";
import { createStaffUser } from "../support/factories";
import {
  bookPeople,
  createBookingHousehold,
  createSession,
  findBooking,
  sessionPlaces,
} from "../support/booking-factories";
import { expectDomainError } from "../support/expect-domain-error";

describe("cancelBooking", () => {
  it("cancels and frees the places", async () => {
    const session = await createSession({ capacity: 2 });
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);

    const result = await cancelBooking(household.actor, booking.id);

    expect(result.status).toBe("CANCELLED");
    const cancelled = await findBooking(booking.id);
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.cancelledById).toBe(household.user.id);
    expect(cancelled.cancelledAt).not.toBeNull();
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(0);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: booking.id, action: "booking.cancelled" },
    });
    expect(audit.before).toEqual({ status: "CONFIRMED" });
  });

  it.each(["WAITING", "PENDING"] as const)(
    "cancels a %s booking without freeing places",
    async (status) => {
      const session = await createSession({
        capacity: 1,
        mode: status === "PENDING" ? "PRE_REGISTRATION" : "FIRST_COME",
      });
      const first = await createBookingHousehold();
      const second = await createBookingHousehold();
      await bookPeople(first, session.id);
      const booking = await bookPeople(second, session.id);
      expect(booking.status).toBe(status);

      await cancelBooking(second.actor, booking.id);

      expect((await findBooking(booking.id)).status).toBe("CANCELLED");
      const places = await sessionPlaces(session.id);
      expect(places.confirmedPlaces).toBe(places.confirmedInBookings);
    },
  );

  it("accepts a cancellation on the deadline day", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const session = await createSession({ cancellationDeadline: today });
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);

    // Paris may already be on the next day late in the UTC evening.
    const parisToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(
      new Date(),
    );
    if (parisToday === today) {
      await cancelBooking(household.actor, booking.id);
      expect((await findBooking(booking.id)).status).toBe("CANCELLED");
    } else {
      await expectDomainError(
        cancelBooking(household.actor, booking.id),
        "cancellation_deadline_passed",
      );
    }
  });

  it("rejects a cancellation after the deadline", async () => {
    const session = await createSession({ cancellationDeadline: "2026-11-30" });
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);

    const attempt = cancelBooking(household.actor, booking.id);

    await expectDomainError(attempt, "cancellation_deadline_passed");
    await expect(attempt).rejects.toMatchObject({
      options: { params: { deadline: "30/11/2026" } },
    });
    expect((await findBooking(booking.id)).status).toBe("CONFIRMED");
  });

  it("rejects a booking already cancelled", async () => {
    const session = await createSession();
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);
    await cancelBooking(household.actor, booking.id);

    await expectDomainError(cancelBooking(household.actor, booking.id), "booking_not_cancellable");
  });

  it("answers not_found for another household's booking", async () => {
    const session = await createSession();
    const owner = await createBookingHousehold();
    const stranger = await createBookingHousehold();
    const booking = await bookPeople(owner, session.id);

    await expectDomainError(cancelBooking(stranger.actor, booking.id), "not_found");
    expect((await findBooking(booking.id)).status).toBe("CONFIRMED");
  });
});

describe("cancelBookingAsStaff", () => {
  it("cancels after the deadline with a reason", async () => {
    const session = await createSession({ cancellationDeadline: "2026-11-30" });
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    await cancelBookingAsStaff(actor, booking.id, "  Certificat médical reçu  ");

    expect((await findBooking(booking.id)).status).toBe("CANCELLED");
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(0);
    const email = await db.outboundEmail.findFirstOrThrow({
      where: { to: household.user.email, subject: { startsWith: "Réservation annulée" } },
    });
    expect(email.text).toContain("Certificat médical reçu");
  });

  it("requires a reason", async () => {
    const session = await createSession();
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);
    const { actor } = await createStaffUser(["DIRECTION"]);

    await expectDomainError(cancelBookingAsStaff(actor, booking.id, "   "), "reason_required");
  });

  it("answers not_found outside the staff's sectors", async () => {
    const session = await createSession({ kind: "TICKET" });
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    await expectDomainError(cancelBookingAsStaff(actor, booking.id, "Motif"), "not_found");
  });
});
