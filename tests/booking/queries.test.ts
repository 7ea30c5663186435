import { describe, expect, it } from "vitest";

import {
  getBookingForStaff,
  getHouseholdBooking,
  listHouseholdBookings,
  listSessionParticipants,
} from "@/lib/booking/queries";
import { db } from "@/lib/db";
import { bookPeople, createBookingHousehold, createSession } from "../support/booking-factories";

describe("listHouseholdBookings", () => {
  it("lists the household's bookings newest first", async () => {
    const first = await createSession({ capacity: 1 });
    const second = await createSession({ capacity: 5, cancellationDeadline: "2026-11-30" });
    const household = await createBookingHousehold({ dependants: [{}] });
    const other = await createBookingHousehold();
    await bookPeople(other, first.id);
    const waiting = await bookPeople(household, first.id);
    const confirmed = await bookPeople(household, second.id, [household.dependants[0].id]);

    const bookings = await listHouseholdBookings(db, household.household.id);

    expect(bookings.map((booking) => booking.id)).toEqual([confirmed.id, waiting.id]);
    expect(bookings[0]).toMatchObject({
      status: "CONFIRMED",
      waitingRank: null,
      canCancel: false,
      memberShareCents: 40_500,
    });
    expect(bookings[0].session.offer.title).toBe(second.offer.title);
    expect(bookings[0].participants.map((line) => line.dependantId)).toEqual([
      household.dependants[0].id,
    ]);
    expect(bookings[1]).toMatchObject({ status: "WAITING", waitingRank: 1, canCancel: true });
  });
});

describe("getHouseholdBooking", () => {
  it("returns null for another household's booking", async () => {
    const session = await createSession();
    const owner = await createBookingHousehold();
    const stranger = await createBookingHousehold();
    const booking = await bookPeople(owner, session.id);

    expect(await getHouseholdBooking(db, stranger.household.id, booking.id)).toBeNull();
    const own = await getHouseholdBooking(db, owner.household.id, booking.id);
    expect(own?.reference).toBe(booking.reference);
  });
});

describe("getBookingForStaff", () => {
  it("returns the booking with its member and offer kind", async () => {
    const session = await createSession({ kind: "ACTIVITY" });
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);

    const found = await getBookingForStaff(db, booking.id);

    expect(found?.session.offer.kind).toBe("ACTIVITY");
    expect(found?.member.user.email).toBe(household.user.email);
    expect(found?.participants).toHaveLength(1);
    expect(await getBookingForStaff(db, "no-such-booking")).toBeNull();
  });
});

describe("listSessionParticipants", () => {
  it("lists people of active bookings by name", async () => {
    const session = await createSession();
    const zoe = await createBookingHousehold({ dependants: [{ firstName: "Zoé" }] });
    const anna = await createBookingHousehold({ dependants: [{ firstName: "Anna" }] });
    await db.dependant.update({ where: { id: zoe.dependants[0].id }, data: { lastName: "Zola" } });
    await db.dependant.update({ where: { id: anna.dependants[0].id }, data: { lastName: "Abel" } });
    await bookPeople(zoe, session.id, [zoe.dependants[0].id]);
    const cancelled = await bookPeople(anna, session.id, [anna.member.id]);
    await db.booking.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    await bookPeople(anna, session.id, [anna.dependants[0].id]);

    const participants = await listSessionParticipants(db, session.id);

    expect(participants.map((line) => line.firstName)).toEqual(["Anna", "Zoé"]);
    expect(participants[0].booking.member.user.email).toBe(anna.user.email);
    expect(participants[0].booking.status).toBe("CONFIRMED");
  });
});
