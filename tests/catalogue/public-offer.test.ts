import { describe, expect, it } from "vitest";

import { getPublicOffer, isBookingOpen, placesLeft } from "@/lib/catalogue/public-queries";
import { db } from "@/lib/db";

import { createOffer } from "../support/catalogue-factories";

const TODAY = "2026-12-04";

describe("getPublicOffer", () => {
  it("returns sessions to come without staff fields", async () => {
    const offer = await createOffer({
      sourceNote: "Prix négocié, ne pas diffuser",
      sessions: [
        { start: "2027-07-18", end: "2027-07-24" },
        { start: "2027-07-11", end: "2027-07-17" },
        { start: "2027-07-25", end: "2027-07-31", cancelled: true },
        { start: "2026-11-01", end: "2026-11-07" },
      ],
    });
    const found = await getPublicOffer(db, offer.slug, TODAY);
    expect(found).not.toBeNull();
    expect(Object.keys(found!)).not.toContain("sourceNote");
    expect(Object.keys(found!)).not.toContain("sourceUrls");
    expect(JSON.stringify(found)).not.toContain("ne pas diffuser");
    expect(found!.sessions.map((session) => session.startDate.toISOString().slice(0, 10))).toEqual([
      "2027-07-11",
      "2027-07-18",
    ]);
  });

  it.each(["DRAFT", "ARCHIVED"] as const)("hides a %s offer", async (status) => {
    const offer = await createOffer({
      status,
      sessions: [{ start: "2027-07-11", end: "2027-07-17" }],
    });
    expect(await getPublicOffer(db, offer.slug, TODAY)).toBeNull();
  });
});

describe("isBookingOpen", () => {
  const window = {
    bookingOpensAt: new Date("2026-12-01T08:00:00Z"),
    bookingClosesAt: new Date("2027-06-20T21:59:00Z"),
  };
  const cases: [string, string, boolean][] = [
    ["before the opening", "2026-12-01T07:59:59Z", false],
    ["at the opening", "2026-12-01T08:00:00Z", true],
    ["during the window", "2027-03-01T12:00:00Z", true],
    ["at the closing", "2027-06-20T21:59:00Z", false],
  ];
  it.each(cases)("checks a time %s", (_name, now, expected) => {
    expect(isBookingOpen(window, new Date(now))).toBe(expected);
  });
});

describe("placesLeft", () => {
  it("counts offered places as taken", () => {
    expect(placesLeft({ capacity: 10, confirmedPlaces: 6, offeredPlaces: 3 })).toBe(1);
    expect(placesLeft({ capacity: 10, confirmedPlaces: 8, offeredPlaces: 2 })).toBe(0);
  });
});
