// Races on one session's places, on the real PostgreSQL. Every call of a
// race starts before any finishes (Promise.all), so the row lock is what
// keeps the counts exact.
import { describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/create-booking";
import { db } from "@/lib/db";
import { createBookingHousehold, createSession, sessionPlaces } from "../support/booking-factories";

describe("200 members booking 40 places at once", () => {
  it("confirms exactly 40 and queues the rest in arrival order", async () => {
    const session = await createSession({ capacity: 40 });
    const households = await Promise.all(
      Array.from({ length: 200 }, () => createBookingHousehold()),
    );

    const started = performance.now();
    const results = await Promise.allSettled(
      households.map((household) =>
        createBooking(household.actor, {
          sessionId: session.id,
          participantIds: [household.member.id],
        }),
      ),
    );
    const elapsedMs = Math.round(performance.now() - started);
    console.info(`200 concurrent createBooking calls took ${elapsedMs} ms`);

    const failures = results.filter((result) => result.status === "rejected");
    expect(failures.map((failure) => String(failure.reason))).toEqual([]);

    const bookings = await db.booking.findMany({
      where: { sessionId: session.id },
      orderBy: { queuedAt: "asc" },
    });
    const confirmed = bookings.filter((booking) => booking.status === "CONFIRMED");
    const waiting = bookings.filter((booking) => booking.status === "WAITING");
    expect(bookings).toHaveLength(200);
    expect(confirmed).toHaveLength(40);
    expect(waiting).toHaveLength(160);

    // Sorted by queuedAt, the 40 confirmed bookings come first.
    expect(bookings.slice(0, 40).every((booking) => booking.status === "CONFIRMED")).toBe(true);
    const lastConfirmed = Math.max(...confirmed.map((booking) => booking.queuedAt!.getTime()));
    const firstWaiting = Math.min(...waiting.map((booking) => booking.queuedAt!.getTime()));
    expect(lastConfirmed).toBeLessThan(firstWaiting);
    const distinctTimes = new Set(bookings.map((booking) => booking.queuedAt!.getTime()));
    expect(distinctTimes.size).toBe(200);

    const places = await sessionPlaces(session.id);
    expect(places.confirmedPlaces).toBe(40);
    expect(places.confirmedInBookings).toBe(40);
    expect(places.offeredPlaces).toBe(0);
    const confirmedParticipants = await db.bookingParticipant.count({
      where: { sessionId: session.id, booking: { status: "CONFIRMED" } },
    });
    expect(confirmedParticipants).toBe(40);
  }, 120_000);
});
