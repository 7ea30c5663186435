import { describe, expect, it } from "vitest";

import {
  checkParticipant,
  describeRefusal,
  type EligibilityContext,
  type EligibilityRule,
  type EligibilitySession,
  type HouseholdPerson,
} from "@/lib/booking/eligibility";
import { getTranslator } from "@/lib/i18n";

const OPENS_AT = new Date("2027-03-01T09:00:00Z");
const CLOSES_AT = new Date("2027-05-01T22:00:00Z");
const DURING_WINDOW = new Date("2027-04-01T12:00:00Z");

function date(value: string) {
  return new Date(`${value}T00:00:00Z`);
}

const baseSession: EligibilitySession = {
  startDate: date("2027-07-12"),
  audience: "EVERYONE",
  minAge: null,
  maxAge: null,
  adultPriceCents: 60_000,
  childPriceCents: 45_000,
  bookingOpensAt: OPENS_AT,
  bookingClosesAt: CLOSES_AT,
  cancelledAt: null,
  offerStatus: "PUBLISHED",
  offerKind: "TRIP",
};

const member: HouseholdPerson = {
  id: "member-1",
  kind: "MEMBER",
  relation: null,
  firstName: "Camille",
  lastName: "Martin",
  birthDate: date("1985-03-14"),
  reviewStatus: null,
  archivedAt: null,
};

const child: HouseholdPerson = {
  id: "child-1",
  kind: "DEPENDANT",
  relation: "CHILD",
  firstName: "Léa",
  lastName: "Martin",
  birthDate: date("2017-07-12"),
  reviewStatus: "VALIDATED",
  archivedAt: null,
};

const spouse: HouseholdPerson = {
  ...child,
  id: "spouse-1",
  relation: "SPOUSE",
  firstName: "Alex",
  birthDate: date("1986-01-20"),
};

type Case = {
  rule: string;
  person?: Partial<HouseholdPerson> & { base?: HouseholdPerson };
  session?: Partial<EligibilitySession>;
  context?: Partial<Omit<EligibilityContext, "session">>;
  expected: EligibilityRule[];
};

function check({ person, session, context }: Case) {
  const { base = child, ...personFields } = person ?? {};
  return checkParticipant(
    { ...base, ...personFields },
    {
      session: { ...baseSession, ...session },
      now: DURING_WINDOW,
      membershipActive: true,
      bookedPersonIds: new Set(),
      ignoreBookingWindow: false,
      ...context,
    },
  );
}

describe("checkParticipant", () => {
  it.each<Case>([
    { rule: "eligible child", expected: [] },
    { rule: "eligible member", person: { base: member }, expected: [] },
    { rule: "eligible spouse", person: { base: spouse }, expected: [] },
    {
      rule: "rental in the member's name",
      person: { base: member },
      session: { offerKind: "RENTAL" },
      expected: [],
    },
    {
      rule: "rental with a spouse ticked",
      person: { base: spouse },
      session: { offerKind: "RENTAL" },
      expected: ["rental_member_only"],
    },
    {
      rule: "rental for adults names one reason",
      session: { offerKind: "RENTAL", audience: "ADULTS" },
      expected: ["rental_member_only"],
    },
    {
      rule: "rental with a child ticked",
      session: { offerKind: "RENTAL" },
      expected: ["rental_member_only"],
    },
    // Age on the first day (2027-07-12), limits inclusive.
    {
      rule: "too young the day before a birthday",
      person: { birthDate: date("2017-07-13") },
      session: { minAge: 10 },
      expected: ["too_young"],
    },
    {
      rule: "old enough on the birthday itself",
      person: { birthDate: date("2017-07-12") },
      session: { minAge: 10 },
      expected: [],
    },
    {
      rule: "still young enough the day before a birthday",
      person: { birthDate: date("2014-07-13") },
      session: { maxAge: 12 },
      expected: [],
    },
    {
      rule: "too old on the birthday itself",
      person: { birthDate: date("2014-07-12") },
      session: { maxAge: 12 },
      expected: ["too_old"],
    },
    {
      rule: "29 February birth not yet a year older on 28 February",
      person: { birthDate: date("2016-02-29") },
      session: { startDate: date("2027-02-28"), minAge: 11 },
      expected: ["too_young"],
    },
    {
      rule: "29 February birth a year older on 1 March",
      person: { birthDate: date("2016-02-29") },
      session: { startDate: date("2027-03-01"), minAge: 11 },
      expected: [],
    },
    {
      rule: "29 February birth a year older on 29 February",
      person: { birthDate: date("2016-02-29") },
      session: { startDate: date("2028-02-29"), minAge: 12, maxAge: 12 },
      expected: [],
    },
    // Audience and category.
    {
      rule: "member at a children's session",
      person: { base: member },
      session: { audience: "CHILDREN" },
      expected: ["children_only"],
    },
    {
      rule: "spouse at a children's session",
      person: { base: spouse },
      session: { audience: "CHILDREN" },
      expected: ["children_only"],
    },
    {
      rule: "child at an adults' session",
      session: { audience: "ADULTS" },
      expected: ["adults_only"],
    },
    {
      rule: "child without a child price",
      session: { childPriceCents: null },
      expected: ["category_not_offered"],
    },
    {
      rule: "member without an adult price",
      person: { base: member },
      session: { adultPriceCents: null },
      expected: ["category_not_offered"],
    },
    { rule: "child with a free price", session: { childPriceCents: 0 }, expected: [] },
    // Dependant review.
    {
      rule: "child waiting for review",
      person: { reviewStatus: "PENDING" },
      expected: ["dependant_not_validated"],
    },
    {
      rule: "rejected child",
      person: { reviewStatus: "REJECTED" },
      expected: ["dependant_not_validated"],
    },
    {
      rule: "archived child",
      person: { archivedAt: new Date("2026-11-01T10:00:00Z") },
      expected: ["dependant_archived"],
    },
    // Membership for the session's year.
    {
      rule: "inactive membership",
      context: { membershipActive: false },
      expected: ["membership_inactive"],
    },
    // Booking window: open from bookingOpensAt included to bookingClosesAt excluded.
    {
      rule: "a millisecond before opening",
      context: { now: new Date(OPENS_AT.getTime() - 1) },
      expected: ["booking_not_open"],
    },
    { rule: "at the opening instant", context: { now: OPENS_AT }, expected: [] },
    {
      rule: "a millisecond before closing",
      context: { now: new Date(CLOSES_AT.getTime() - 1) },
      expected: [],
    },
    { rule: "at the closing instant", context: { now: CLOSES_AT }, expected: ["booking_closed"] },
    {
      rule: "office booking after closing",
      context: { now: CLOSES_AT, ignoreBookingWindow: true },
      expected: [],
    },
    {
      rule: "office booking before opening",
      context: { now: new Date(OPENS_AT.getTime() - 1), ignoreBookingWindow: true },
      expected: [],
    },
    // Session and offer.
    {
      rule: "cancelled session",
      session: { cancelledAt: new Date("2027-04-01T08:00:00Z") },
      expected: ["session_cancelled"],
    },
    { rule: "draft offer", session: { offerStatus: "DRAFT" }, expected: ["offer_not_published"] },
    {
      rule: "archived offer",
      session: { offerStatus: "ARCHIVED" },
      expected: ["offer_not_published"],
    },
    {
      rule: "already in the session",
      context: { bookedPersonIds: new Set(["child-1"]) },
      expected: ["already_booked"],
    },
    {
      rule: "several rules at once",
      person: { reviewStatus: "PENDING", birthDate: date("2020-01-01") },
      session: { minAge: 10 },
      context: { membershipActive: false },
      expected: ["membership_inactive", "dependant_not_validated", "too_young"],
    },
  ])("$rule", (testCase) => {
    const result = check(testCase);

    expect(result.refusals.map((refusal) => refusal.rule)).toEqual(testCase.expected);
  });

  it.each([
    { person: member, category: "ADULT" },
    { person: spouse, category: "ADULT" },
    { person: child, category: "CHILD" },
  ])("puts $person.firstName in $category", ({ person, category }) => {
    expect(check({ rule: "category", person: { base: person }, expected: [] }).category).toBe(
      category,
    );
  });

  it("returns the age on the first day", () => {
    const result = check({ rule: "age", person: { birthDate: date("2017-07-13") }, expected: [] });

    expect(result.ageOnStart).toBe(9);
  });
});

describe("describeRefusal", () => {
  const everyRule: Case[] = [
    { rule: "session_cancelled", session: { cancelledAt: new Date() }, expected: [] },
    { rule: "offer_not_published", session: { offerStatus: "DRAFT" }, expected: [] },
    { rule: "booking_not_open", context: { now: new Date(0) }, expected: [] },
    { rule: "booking_closed", context: { now: CLOSES_AT }, expected: [] },
    { rule: "membership_inactive", context: { membershipActive: false }, expected: [] },
    { rule: "dependant_not_validated", person: { reviewStatus: "PENDING" }, expected: [] },
    { rule: "dependant_archived", person: { archivedAt: new Date() }, expected: [] },
    {
      rule: "children_only",
      person: { base: member },
      session: { audience: "CHILDREN" },
      expected: [],
    },
    { rule: "adults_only", session: { audience: "ADULTS" }, expected: [] },
    { rule: "category_not_offered", session: { childPriceCents: null }, expected: [] },
    { rule: "too_young", session: { minAge: 12 }, expected: [] },
    { rule: "too_old", session: { maxAge: 8 }, expected: [] },
    { rule: "already_booked", context: { bookedPersonIds: new Set(["child-1"]) }, expected: [] },
  ];

  it.each(everyRule)("names the participant for $rule", async (testCase) => {
    const t = await getTranslator("bookingRules");
    const person = testCase.person?.base ?? child;
    const [refusal] = check(testCase).refusals;

    expect(refusal.rule).toBe(testCase.rule);
    const message = describeRefusal(t, person, refusal);
    expect(message).toContain(`${person.firstName} ${person.lastName}`);
    expect(message).not.toContain("{");
  });

  it("gives the age, the limit and the first day", async () => {
    const t = await getTranslator("bookingRules");
    const [refusal] = check({ rule: "too_young", session: { minAge: 12 }, expected: [] }).refusals;

    expect(describeRefusal(t, child, refusal)).toBe(
      "Léa Martin aura 10 ans le 12/07/2027, premier jour de la session : l'âge minimum est 12 ans.",
    );
  });

  it("gives the opening time in Paris", async () => {
    const t = await getTranslator("bookingRules");
    const [refusal] = check({
      rule: "booking_not_open",
      context: { now: new Date(0) },
      expected: [],
    }).refusals;

    // 09:00 UTC on 1 March 2027 is 10:00 in Paris (winter time).
    expect(describeRefusal(t, child, refusal)).toContain("01/03/2027 à 10h00");
  });
});
