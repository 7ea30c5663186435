// The demo seed's catalogue and next year's records, on a database of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ageOn, currentYear } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildDemoCatalogue } from "@/prisma/seed/catalogue";
import { DEMO_FAMILY_EMAIL, DEMO_MEMBER_EMAIL } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createScriptClient } from "@/prisma/seed/seed-if-empty";

import { createMigratedDatabase, dropDatabase } from "../support/seed-database";

const HOUSEHOLDS = 20;
const nextYear = currentYear() + 1;
const midSummer = new Date(`${nextYear}-07-15T00:00:00Z`);
let databaseUrl: string;
let client: PrismaClient;

beforeAll(async () => {
  databaseUrl = await createMigratedDatabase("entraide_catalogue_seed_test");
  client = createScriptClient(databaseUrl);
  await seedDemo(client, { households: HOUSEHOLDS, seed: 11 });
});

afterAll(async () => {
  await client?.$disconnect();
  if (databaseUrl) await dropDatabase(databaseUrl);
});

async function demoHousehold(email: string) {
  const user = await client.user.findUniqueOrThrow({
    where: { email },
    include: { member: { include: { memberships: true } } },
  });
  const member = user.member!;
  const children = await client.dependant.findMany({
    where: { householdId: member.householdId, relation: "CHILD", status: "VALIDATED" },
  });
  const quotient = await client.householdQuotient.findUnique({
    where: { householdId_year: { householdId: member.householdId, year: nextYear } },
  });
  return { member, children, quotient };
}

describe("demo seed for next season", () => {
  it("creates next year's bracket grid", async () => {
    const brackets = await client.quotientBracket.findMany({ where: { year: nextYear } });
    expect(brackets).toHaveLength(8);
  });

  it.each([DEMO_MEMBER_EMAIL, DEMO_FAMILY_EMAIL])("lets %s book next summer", async (email) => {
    const { member, children, quotient } = await demoHousehold(email);
    const statusOf = (year: number) =>
      member.memberships.find((membership) => membership.year === year)?.status;
    expect(statusOf(nextYear - 1)).toBe("ACTIVE");
    expect(statusOf(nextYear)).toBe("ACTIVE");
    expect(quotient).not.toBeNull();
    const ages = children.map((child) => ageOn(child.birthDate, midSummer));
    expect(ages.some((age) => age >= 6 && age <= 17)).toBe(true);
  });

  it("gives the second family a child of about 10", async () => {
    const { children } = await demoHousehold(DEMO_FAMILY_EMAIL);
    expect(children.map((child) => ageOn(child.birthDate, midSummer))).toEqual([10]);
  });

  it("renews most active members for next year", async () => {
    const active = await client.membership.count({
      where: { year: nextYear - 1, status: "ACTIVE" },
    });
    const renewed = await client.membership.count({ where: { year: nextYear, status: "ACTIVE" } });
    expect(renewed).toBeGreaterThan(active / 2);
    const quotients = await client.householdQuotient.count({ where: { year: nextYear } });
    expect(quotients).toBeGreaterThan(renewed / 2);
  });

  it("loads the 50 offers with sessions in the coming season", async () => {
    const offers = await client.offer.findMany({ include: { sessions: true } });
    expect(offers).toHaveLength(50);
    for (const offer of offers) {
      expect(offer.sessions.length, offer.slug).toBeGreaterThan(0);
      expect(offer.sourceUrls.length, offer.slug).toBeGreaterThan(0);
      for (const session of offer.sessions) {
        expect(session.startDate.getUTCFullYear(), offer.slug).toBe(nextYear);
        expect(session.cancellationDeadline <= session.startDate, offer.slug).toBe(true);
        expect(session.bookingClosesAt > session.bookingOpensAt, offer.slug).toBe(true);
      }
    }
  });

  it("keeps unpriced offers as drafts with a note for staff", async () => {
    const offers = await client.offer.findMany({ include: { sessions: true } });
    for (const offer of offers) {
      const unpriced = offer.sessions.some(
        (session) => session.adultPriceCents === null && session.childPriceCents === null,
      );
      expect(offer.status, offer.slug).toBe(unpriced ? "DRAFT" : "PUBLISHED");
      if (unpriced) expect(offer.sourceNote, offer.slug).toContain("Prix non publié");
    }
  });

  it("uses each booking mode, with one campaign", async () => {
    const sessions = await client.offerSession.findMany({ select: { mode: true, offerId: true } });
    const offersIn = (mode: string) =>
      new Set(
        sessions.filter((session) => session.mode === mode).map((session) => session.offerId),
      );
    expect(offersIn("CAMPAIGN").size).toBe(1);
    expect(offersIn("PRE_REGISTRATION").size).toBeGreaterThan(0);
    expect(offersIn("FIRST_COME").size).toBeGreaterThan(offersIn("PRE_REGISTRATION").size);
  });
});

describe("buildDemoCatalogue", () => {
  it("gives the same rows for the same year", () => {
    expect(buildDemoCatalogue(2027)).toEqual(buildDemoCatalogue(2027));
  });

  it("prices a session by its length", () => {
    const rows = buildDemoCatalogue(2027);
    const offer = rows.offers.find(
      (candidate) => candidate.slug === "trip-ufoval74-splash-aventures",
    )!;
    const prices = rows.sessions
      .filter((session) => session.offerId === offer.id)
      .map((session) => {
        const start = new Date(session.startDate as Date).getTime();
        const days = (new Date(session.endDate as Date).getTime() - start) / 86_400_000 + 1;
        return [days, session.childPriceCents];
      });
    expect(new Map(prices as [number, number][])).toEqual(
      new Map([
        [7, 71_000],
        [14, 134_000],
        [21, 186_000],
      ]),
    );
  });

  it("books a rental as one unit charged as an adult place", () => {
    const rows = buildDemoCatalogue(2027);
    const offer = rows.offers.find(
      (candidate) => candidate.slug === "rental-pradelongue-mobilhome",
    )!;
    const [session] = rows.sessions.filter((candidate) => candidate.offerId === offer.id);
    expect(session.capacity).toBe(1);
    expect(session.adultPriceCents).toBe(21_300);
    expect(session.childPriceCents).toBeNull();
    expect(session.label).toBe("1 hébergement pour 5 personnes");
  });

  it.each([
    { slug: "rental-la-sirene-lodge", publicNote: null, staffNote: "blog" },
    { slug: "trip-saint-savournin-osca", publicNote: null, staffNote: "la commune prend" },
    { slug: "trip-ufoval74-air-lac-annecy", publicNote: "Sans transport", staffNote: null },
  ])("keeps research notes of $slug for staff", ({ slug, publicNote, staffNote }) => {
    const offer = buildDemoCatalogue(2027).offers.find((candidate) => candidate.slug === slug)!;
    if (publicNote) expect(offer.priceNote).toContain(publicNote);
    else expect(offer.priceNote).toBeNull();
    if (staffNote) expect(offer.sourceNote).toContain(staffNote);
  });
});
