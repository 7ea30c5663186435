// Races on one session's places, on the real PostgreSQL. Every call of a
// race starts before any finishes (Promise.all), so the row lock is what
// keeps the counts exact.
import { describe, expect, it } from "vitest";

import { cancelBooking } from "@/lib/booking/cancel-booking";
import { createBooking } from "@/lib/booking/create-booking";
import { approveBooking, refuseBooking } from "@/lib/booking/staff-decisions";
import { acceptOffer } from "@/lib/booking/waiting-list";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createStaffUser } from "../support/factories";
import {
  bookPeople,
  createBookingHousehold,
  createSession,
  findBooking,
  sessionPlaces,
} from "../support/booking-factories";

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

describe("two staff approving the last place at once", () => {
  it("approves one and tells the other why", async () => {
    const session = await createSession({ mode: "PRE_REGISTRATION", capacity: 1 });
    const households = await Promise.all([createBookingHousehold(), createBookingHousehold()]);
    const requests = [];
    for (const household of households) {
      requests.push(await bookPeople(household, session.id));
    }
    const staff = await Promise.all([
      createStaffUser(["VACANCES_SPORTS_LOISIRS"]),
      createStaffUser(["DIRECTION"]),
    ]);

    const results = await Promise.allSettled([
      approveBooking(staff[0].actor, requests[0].id),
      approveBooking(staff[1].actor, requests[1].id),
    ]);

    const approved = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(approved).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(DomainError);
    expect(rejected[0].reason).toMatchObject({ code: "session_full" });

    const statuses = await Promise.all(
      requests.map(async (request) => (await findBooking(request.id)).status),
    );
    expect(statuses.sort()).toEqual(["CONFIRMED", "PENDING"]);
    expect(await sessionPlaces(session.id)).toMatchObject({
      confirmedPlaces: 1,
      confirmedInBookings: 1,
    });
  });

  it("lets one of two decisions on one request win", async () => {
    const session = await createSession({ mode: "PRE_REGISTRATION", capacity: 1 });
    const household = await createBookingHousehold();
    const request = await bookPeople(household, session.id);
    const { actor } = await createStaffUser(["DIRECTION"]);

    const results = await Promise.allSettled([
      approveBooking(actor, request.id),
      refuseBooking(actor, request.id, "Dossier incomplet"),
    ]);

    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ code: "booking_already_decided" });
    const status = (await findBooking(request.id)).status;
    expect(["CONFIRMED", "REFUSED"]).toContain(status);
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(status === "CONFIRMED" ? 1 : 0);
  });
});

describe("waiting-list promotion racing new bookings", () => {
  it.each([1, 2, 3, 4, 5])("never goes over capacity (round %i)", async () => {
    const session = await createSession({ capacity: 1 });
    const confirmed = await createBookingHousehold();
    const waiting = await createBookingHousehold();
    const newcomers = await Promise.all(Array.from({ length: 10 }, () => createBookingHousehold()));
    const confirmedBooking = await bookPeople(confirmed, session.id);
    const waitingBooking = await bookPeople(waiting, session.id);

    const [cancellation, ...newBookings] = await Promise.allSettled([
      cancelBooking(confirmed.actor, confirmedBooking.id),
      ...newcomers.map((household) => bookPeople(household, session.id)),
    ]);

    expect(cancellation.status).toBe("fulfilled");
    expect(newBookings.every((result) => result.status === "fulfilled")).toBe(true);
    // Whatever the order, the freed place goes to the family already
    // waiting, and every newcomer queues behind it.
    expect((await findBooking(confirmedBooking.id)).status).toBe("CANCELLED");
    expect((await findBooking(waitingBooking.id)).status).toBe("OFFERED");
    const newcomerBookings = await db.booking.findMany({
      where: { sessionId: session.id, householdId: { in: newcomers.map((n) => n.household.id) } },
    });
    expect(newcomerBookings).toHaveLength(10);
    expect(newcomerBookings.every((booking) => booking.status === "WAITING")).toBe(true);
    expect(await sessionPlaces(session.id)).toEqual({
      capacity: 1,
      confirmedPlaces: 0,
      offeredPlaces: 1,
      confirmedInBookings: 0,
      offeredInBookings: 1,
    });
  });

  it("confirms the accepted offer while newcomers queue", async () => {
    const session = await createSession({ capacity: 1 });
    const confirmed = await createBookingHousehold();
    const waiting = await createBookingHousehold();
    const newcomers = await Promise.all(Array.from({ length: 5 }, () => createBookingHousehold()));
    const confirmedBooking = await bookPeople(confirmed, session.id);
    const waitingBooking = await bookPeople(waiting, session.id);
    await cancelBooking(confirmed.actor, confirmedBooking.id);

    const results = await Promise.allSettled([
      acceptOffer(waiting.actor, waitingBooking.id),
      ...newcomers.map((household) => bookPeople(household, session.id)),
    ]);

    expect(results.every((result) => result.status === "fulfilled")).toBe(true);
    expect((await findBooking(waitingBooking.id)).status).toBe("CONFIRMED");
    expect(await sessionPlaces(session.id)).toEqual({
      capacity: 1,
      confirmedPlaces: 1,
      offeredPlaces: 0,
      confirmedInBookings: 1,
      offeredInBookings: 0,
    });
  });
});
