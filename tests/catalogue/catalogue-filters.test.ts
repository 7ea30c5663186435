// Filters of the public catalogue on the real PostgreSQL. Other test files
// create offers in the same database, so each case narrows the search to
// its own sessions: an age no other test uses before 2091, or dates in 2091.
import { describe, expect, it } from "vitest";

import {
  CATALOGUE_PAGE_SIZE,
  parseCatalogueFilters,
  type CatalogueFilters,
} from "@/lib/catalogue/filters";
import { searchCatalogue } from "@/lib/catalogue/public-queries";
import { db } from "@/lib/db";

import { createOffer } from "../support/catalogue-factories";

const TODAY = "2026-12-04";

// Sessions in 2091 have no age limit, so other cases end their search before.
const BEFORE_2091 = "2090-12-31";

function search(filters: Partial<CatalogueFilters>) {
  return searchCatalogue(db, { available: false, page: 1, to: BEFORE_2091, ...filters }, TODAY);
}

function slugsOf(result: Awaited<ReturnType<typeof search>>) {
  return result.cards.map((card) => card.slug).sort();
}

describe("catalogue age filter", () => {
  it("keeps sessions whose age range contains the age", async () => {
    const range = { start: "2091-07-05", end: "2091-07-11" };
    const sixToTen = await createOffer({ sessions: [{ ...range, minAge: 6, maxAge: 10 }] });
    const elevenUp = await createOffer({ sessions: [{ ...range, minAge: 11, maxAge: 14 }] });
    const anyAge = await createOffer({ sessions: [{ ...range }] });
    const window = { from: "2091-01-01", to: "2091-12-31" };
    const cases = [
      { age: 5, expected: [anyAge.slug] },
      { age: 6, expected: [sixToTen.slug, anyAge.slug] },
      { age: 10, expected: [sixToTen.slug, anyAge.slug] },
      { age: 11, expected: [elevenUp.slug, anyAge.slug] },
      { age: 15, expected: [anyAge.slug] },
    ];
    for (const testCase of cases) {
      const result = await search({ ...window, age: testCase.age });
      expect(slugsOf(result), `age ${testCase.age}`).toEqual([...testCase.expected].sort());
    }
  });
});

describe("catalogue holiday filter", () => {
  // Summer 2027 of zone C starts on Sunday 4 July (classes end Saturday 3 July).
  const cases = [
    { name: "ends the day before", start: "2027-06-27", end: "2027-07-03", kept: false },
    { name: "ends on the first day", start: "2027-06-28", end: "2027-07-04", kept: true },
    { name: "inside the period", start: "2027-07-11", end: "2027-07-17", kept: true },
    { name: "spring holidays", start: "2027-04-05", end: "2027-04-09", kept: false },
  ];
  for (const testCase of cases) {
    it(`${testCase.kept ? "keeps" : "drops"} a session that ${testCase.name}`, async () => {
      const age = 101;
      const offer = await createOffer({
        sessions: [{ start: testCase.start, end: testCase.end, minAge: age, maxAge: age }],
      });
      const result = await search({ holiday: "ete", age });
      expect(slugsOf(result).includes(offer.slug)).toBe(testCase.kept);
    });
  }
});

describe("catalogue price filter", () => {
  it("compares the lowest public price of a session", async () => {
    const age = 102;
    const range = { start: "2027-08-01", end: "2027-08-07", minAge: age, maxAge: age };
    const cheapChild = await createOffer({
      sessions: [{ ...range, adultPriceCents: 50_000, childPriceCents: 20_000 }],
    });
    const adultOnly = await createOffer({
      sessions: [{ ...range, adultPriceCents: 30_000, childPriceCents: null }],
    });
    const cases = [
      { maxPriceCents: 19_999, expected: [] },
      { maxPriceCents: 20_000, expected: [cheapChild.slug] },
      { maxPriceCents: 30_000, expected: [cheapChild.slug, adultOnly.slug] },
    ];
    for (const testCase of cases) {
      const result = await search({ age, maxPriceCents: testCase.maxPriceCents });
      expect(slugsOf(result), `${testCase.maxPriceCents} cents`).toEqual(
        [...testCase.expected].sort(),
      );
    }
  });
});

describe("catalogue places filter", () => {
  it("drops full sessions and counts offered places as taken", async () => {
    const age = 103;
    const range = { start: "2027-08-08", end: "2027-08-14", minAge: age, maxAge: age };
    const open = await createOffer({ sessions: [{ ...range, capacity: 10, confirmedPlaces: 9 }] });
    const full = await createOffer({
      sessions: [{ ...range, capacity: 10, confirmedPlaces: 8, offeredPlaces: 2 }],
    });

    const all = await search({ age });
    expect(slugsOf(all)).toEqual([open.slug, full.slug].sort());
    expect(all.cards.find((card) => card.slug === full.slug)?.placesLeft).toBe(0);
    expect(all.cards.find((card) => card.slug === open.slug)?.placesLeft).toBe(1);

    const available = await search({ age, available: true });
    expect(slugsOf(available)).toEqual([open.slug]);
  });
});

describe("catalogue visibility", () => {
  it("shows only published offers with sessions to come", async () => {
    const age = 104;
    const session = { start: "2027-08-15", end: "2027-08-21", minAge: age, maxAge: age };
    const published = await createOffer({ sessions: [session] });
    await createOffer({ status: "DRAFT", sessions: [session] });
    await createOffer({ status: "ARCHIVED", sessions: [session] });
    await createOffer({ sessions: [{ ...session, cancelled: true }] });
    await createOffer({ sessions: [{ ...session, start: "2026-11-01", end: "2026-11-07" }] });

    const result = await search({ age });
    expect(slugsOf(result)).toEqual([published.slug]);
  });

  it("summarises the matching sessions on the card", async () => {
    const age = 105;
    const childOnly = { minAge: age, maxAge: age, adultPriceCents: null };
    const offer = await createOffer({
      sessions: [
        { ...childOnly, start: "2027-07-25", end: "2027-07-31", childPriceCents: 40_000 },
        { ...childOnly, start: "2027-07-11", end: "2027-07-17", childPriceCents: 45_000 },
        { ...childOnly, start: "2027-07-18", end: "2027-07-24", minAge: 1, maxAge: 2 },
      ],
    });
    const [card] = (await search({ age })).cards;
    expect(card.slug).toBe(offer.slug);
    expect(card.sessionCount).toBe(2);
    expect(card.fromPriceCents).toBe(40_000);
    expect(card.nextDates.map((dates) => dates.start.toISOString().slice(0, 10))).toEqual([
      "2027-07-11",
      "2027-07-25",
    ]);
  });
});

describe("catalogue paging", () => {
  it("returns pages of the page size with the total count", async () => {
    const age = 106;
    const offers = CATALOGUE_PAGE_SIZE + 3;
    for (let index = 0; index < offers; index += 1) {
      const day = String(1 + index).padStart(2, "0");
      await createOffer({
        sessions: [{ start: `2027-05-${day}`, end: `2027-05-${day}`, minAge: age, maxAge: age }],
      });
    }
    const first = await search({ age });
    expect(first.total).toBe(offers);
    expect(first.pageCount).toBe(2);
    expect(first.cards).toHaveLength(CATALOGUE_PAGE_SIZE);

    const second = await search({ age, page: 2 });
    expect(second.total).toBe(offers);
    expect(second.cards).toHaveLength(3);
    const firstSlugs = new Set(first.cards.map((card) => card.slug));
    expect(second.cards.some((card) => firstSlugs.has(card.slug))).toBe(false);

    const beyond = await search({ age, page: 5 });
    expect(beyond.cards).toHaveLength(0);
    expect(beyond.total).toBe(offers);
  });
});

describe("parseCatalogueFilters", () => {
  const cases = [
    { name: "empty query", params: {}, expected: { available: false, page: 1 } },
    {
      name: "every filter",
      params: {
        kind: "TRIP",
        from: "2027-07-01",
        to: "2027-08-31",
        holiday: "ete",
        age: "10",
        maxPrice: "450,50",
        available: "1",
        page: "2",
      },
      expected: {
        kind: "TRIP",
        from: "2027-07-01",
        to: "2027-08-31",
        holiday: "ete",
        age: 10,
        maxPriceCents: 45_050,
        available: true,
        page: 2,
      },
    },
    {
      name: "invalid values dropped",
      params: {
        kind: "BOAT",
        from: "2027-02-30",
        holiday: "carnaval",
        age: "-3",
        maxPrice: "abc",
        page: "0",
      },
      expected: { available: false, page: 1 },
    },
  ];
  for (const testCase of cases) {
    it(`parses ${testCase.name}`, () => {
      const parsed = parseCatalogueFilters(testCase.params);
      const defined = Object.fromEntries(
        Object.entries(parsed).filter(([, value]) => value !== undefined),
      );
      expect(defined).toEqual(testCase.expected);
    });
  }
});
