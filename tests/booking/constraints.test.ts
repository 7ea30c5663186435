// The CHECK constraints behind the booking code: if the arithmetic were ever
// wrong, PostgreSQL would refuse the write.
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { bookPeople, createBookingHousehold, createSession } from "../support/booking-factories";

describe("OfferSession_places_check", () => {
  it.each([
    { rule: "confirmed above capacity", data: { confirmedPlaces: 3 } },
    {
      rule: "confirmed plus offered above capacity",
      data: { confirmedPlaces: 1, offeredPlaces: 2 },
    },
    { rule: "negative confirmed", data: { confirmedPlaces: -1 } },
    { rule: "negative offered", data: { offeredPlaces: -1 } },
    { rule: "negative capacity", data: { capacity: -1 } },
  ])("rejects $rule", async ({ data }) => {
    const session = await createSession({ capacity: 2 });

    await expect(db.offerSession.update({ where: { id: session.id }, data })).rejects.toThrow(
      /OfferSession_places_check/,
    );
  });

  it("accepts a full session", async () => {
    const session = await createSession({ capacity: 2 });

    const full = await db.offerSession.update({
      where: { id: session.id },
      data: { confirmedPlaces: 1, offeredPlaces: 1 },
    });

    expect(full.confirmedPlaces + full.offeredPlaces).toBe(full.capacity);
  });
});

describe("Booking_amounts_check", () => {
  it.each([
    {
      rule: "totals that do not add up",
      data: { subsidyCents: 1, memberShareCents: 1, publicPriceCents: 3 },
    },
    {
      rule: "negative subsidy",
      data: { subsidyCents: -1, memberShareCents: 11, publicPriceCents: 10 },
    },
    {
      rule: "negative member share",
      data: { subsidyCents: 11, memberShareCents: -1, publicPriceCents: 10 },
    },
  ])("rejects $rule", async ({ data }) => {
    const session = await createSession();
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);

    await expect(db.booking.update({ where: { id: booking.id }, data })).rejects.toThrow(
      /Booking_amounts_check/,
    );
  });

  it("holds for every booking the engine writes", async () => {
    const session = await createSession({ subsidyKind: "AMOUNT", subsidies: { 4: 99_999 } });
    const family = await createBookingHousehold({ dependants: [{}] });

    const created = await bookPeople(family, session.id, [
      family.member.id,
      family.dependants[0].id,
    ]);

    const booking = await db.booking.findUniqueOrThrow({ where: { id: created.id } });
    // An amount above the price is capped by the price: the member pays nothing.
    expect(booking.subsidyCents).toBe(105_000);
    expect(booking.memberShareCents).toBe(0);
    expect(booking.subsidyCents + booking.memberShareCents).toBe(booking.publicPriceCents);
  });
});
