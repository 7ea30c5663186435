// Filters of the public catalogue on the real PostgreSQL. Other test files
// create offers in the same database at the same time, so each case that
// compares whole lists searches its own far year, and the others only check
// whether their own offer is in the results.
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

function search(filters: Partial<CatalogueFilters>) {
  return searchCatalogue(db, { available: false, page: 1, ...filters }, TODAY);
}

/** Filters that keep only sessions overlapping `year`. */
function inYear(year: number) {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

function slugsOf(result: Awaited<ReturnType<typeof search>>) {
  return result.cards.map((card) => card.slug).sort();
}

/** Returns the slugs of every page, for filters that other files' offers also match. */
async function allSlugs(filters: Partial<CatalogueFilters>) {
  const first = await search(filters);
  const slugs = slugsOf(first);
  for (let page = 2; page <= first.pageCount; page += 1) {
    slugs.push(...slugsOf(await search({ ...filters, page })));
  }
  return slugs;
}

describe("catalogue age filter", () => {
  it("keeps sessions whose age range contains the age", async () => {
    const range = { start: "2091-07-05", end: "2091-07-11" };
    const sixToTen = await createOffer({ sessions: [{ ...range, minAge: 6, maxAge: 10 }] });
    const elevenUp = await createOffer({ sessions: [{ ...range, minAge: 11, maxAge: 14 }] });
    const anyAge = await createOffer({ sessions: [{ ...range }] });
    // Never listed for a child's age: the session takes adults only.
    await createOffer({ sessions: [{ ...range, audience: "ADULTS" }] });
    const window = inYear(2091);
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
      const offer = await createOffer({
        sessions: [{ start: testCase.start, end: testCase.end }],
      });
      const slugs = await allSlugs({ holiday: "ete", age: 10 });
      expect(slugs.includes(offer.slug)).toBe(testCase.kept);
    });
  }
});

describe("catalogue kind filter", () => {
  it("keeps offers of the chosen kind", async () => {
    const range = { start: "2097-04-03", end: "2097-04-10" };
    const rental = await createOffer({ kind: "RENTAL", sessions: [range] });
    const ticket = await createOffer({ kind: "TICKET", sessions: [range] });
    const rentals = await search({ ...inYear(2097), kind: "RENTAL" });
    expect(slugsOf(rentals)).toEqual([rental.slug]);
    const tickets = await search({ ...inYear(2097), kind: "TICKET" });
    expect(slugsOf(tickets)).toEqual([ticket.slug]);
  });
});

describe("catalogue price filter", () => {
  it("compares the lowest public price of a session", async () => {
    const range = { start: "2092-08-01", end: "2092-08-07" };
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
      const result = await search({ ...inYear(2092), maxPriceCents: testCase.maxPriceCents });
      expect(slugsOf(result), `${testCase.maxPriceCents} cents`).toEqual(
        [...testCase.expected].sort(),
      );
    }
  });
});

describe("catalogue places filter", () => {
  it("drops full sessions and counts offered places as taken", async () => {
    const range = { start: "2093-08-08", end: "2093-08-14" };
    const open = await createOffer({ sessions: [{ ...range, capacity: 10, confirmedPlaces: 9 }] });
    const full = await createOffer({
      sessions: [{ ...range, capacity: 10, confirmedPlaces: 8, offeredPlaces: 2 }],
    });

    const all = await search(inYear(2093));
    expect(slugsOf(all)).toEqual([open.slug, full.slug].sort());
    expect(all.cards.find((card) => card.slug === full.slug)?.placesLeft).toBe(0);
    expect(all.cards.find((card) => card.slug === open.slug)?.placesLeft).toBe(1);

    const available = await search({ ...inYear(2093), available: true });
    expect(slugsOf(available)).toEqual([open.slug]);
  });
});

describe("catalogue visibility", () => {
  it("shows only published offers with sessions to come", async () => {
    const session = { start: "2094-08-15", end: "2094-08-21" };
    const published = await createOffer({ sessions: [session] });
    await createOffer({ status: "DRAFT", sessions: [session] });
    await createOffer({ status: "ARCHIVED", sessions: [session] });
    await createOffer({ sessions: [{ ...session, cancelled: true }] });
    expect(slugsOf(await search(inYear(2094)))).toEqual([published.slug]);

    const past = await createOffer({ sessions: [{ start: "2026-11-01", end: "2026-11-07" }] });
    const untilToday = await search({ to: TODAY });
    expect(slugsOf(untilToday).includes(past.slug)).toBe(false);
  });

  it("summarises the matching sessions on the card", async () => {
    const age = 10;
    const childOnly = { minAge: age, maxAge: age, adultPriceCents: null };
    const offer = await createOffer({
      sessions: [
        { ...childOnly, start: "2095-07-25", end: "2095-07-31", childPriceCents: 40_000 },
        { ...childOnly, start: "2095-07-11", end: "2095-07-17", childPriceCents: 45_000 },
        { ...childOnly, start: "2095-07-18", end: "2095-07-24", minAge: 1, maxAge: 2 },
      ],
    });
    const [card] = (await search({ ...inYear(2095), age })).cards;
    expect(card.slug).toBe(offer.slug);
    expect(card.sessionCount).toBe(2);
    expect(card.fromPriceCents).toBe(40_000);
    expect(card.nextDates.map((dates) => dates.start.toISOString().slice(0, 10))).toEqual([
      "2095-07-11",
      "2095-07-25",
    ]);
  });
});

describe("catalogue paging", () => {
  it("returns pages of the page size with the total count", async () => {
    const year = inYear(2096);
    const offers = CATALOGUE_PAGE_SIZE + 3;
    for (let index = 0; index < offers; index += 1) {
      const day = String(1 + index).padStart(2, "0");
      await createOffer({
        sessions: [{ start: `2096-05-${day}`, end: `2096-05-${day}` }],
      });
    }
    const first = await search(year);
    expect(first.total).toBe(offers);
    expect(first.pageCount).toBe(2);
    expect(first.cards).toHaveLength(CATALOGUE_PAGE_SIZE);

    const second = await search({ ...year, page: 2 });
    expect(second.total).toBe(offers);
    expect(second.cards).toHaveLength(3);
    const firstSlugs = new Set(first.cards.map((card) => card.slug));
    expect(second.cards.some((card) => firstSlugs.has(card.slug))).toBe(false);

    const beyond = await search({ ...year, page: 5 });
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
    {
      name: "dates in the wrong order",
      params: { from: "2027-08-31", to: "2027-07-01" },
      expected: { from: "2027-07-01", to: "2027-08-31", available: false, page: 1 },
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
