import { describe, expect, it } from "vitest";

import { blankOfferValues, blankSessionValues } from "@/lib/catalogue/form-values";
import {
  offerSchema,
  parseEurosToCents,
  parsePercentToBasisPoints,
  sessionSchema,
  toOfferData,
  toSessionData,
  type OfferInput,
  type SessionInput,
} from "@/lib/catalogue/schemas";

describe("parseEurosToCents", () => {
  const cases: [string, number | null][] = [
    ["450", 45_000],
    ["450,5", 45_050],
    ["450,50", 45_050],
    ["0,10", 10],
    ["0,07", 7],
    ["1 340", 134_000],
    ["1 340,99 €", 134_099],
    ["19.99", 1_999],
    ["100000", 10_000_000],
    ["100000,01", null],
    ["12.345", null],
    ["-5", null],
    ["4,555", null],
    ["abc", null],
    ["", null],
  ];
  it.each(cases)("parses %j as %j cents", (value, expected) => {
    expect(parseEurosToCents(value)).toBe(expected);
  });
});

describe("parsePercentToBasisPoints", () => {
  const cases: [string, number | null][] = [
    ["70", 7_000],
    ["12,5", 1_250],
    ["12.25", 1_225],
    ["0", 0],
    ["100", 10_000],
    ["100,01", null],
    ["70 %", 7_000],
    ["1,234", null],
    ["-1", null],
  ];
  it.each(cases)("parses %j as %j basis points", (value, expected) => {
    expect(parsePercentToBasisPoints(value)).toBe(expected);
  });
});

function validOffer(overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    ...blankOfferValues("TRIP"),
    title: "Colonie à Oléron",
    slug: "colonie-oleron",
    description: "Une semaine de glisse.",
    organiser: "UFOVAL 74",
    placeLabel: "Île d'Oléron",
    subsidies: ["70", "60", "50", "45", "35", "25", "15", "10"],
    subsidyCap: "400",
    cancellationTiers: [
      { daysBefore: "7", retainedPercent: "100" },
      { daysBefore: "59", retainedPercent: "25" },
    ],
    sourceUrls: "https://example.test/a\nhttps://example.test/b",
    ...overrides,
  };
}

function offerIssues(input: OfferInput) {
  const result = offerSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
}

describe("offerSchema", () => {
  const cases: { name: string; overrides: Partial<OfferInput>; issues: string[] }[] = [
    { name: "a complete offer", overrides: {}, issues: [] },
    { name: "a missing title", overrides: { title: " " }, issues: ["title:required"] },
    { name: "a slug with capitals", overrides: { slug: "Colonie" }, issues: ["slug:slug"] },
    { name: "a slug with a trailing dash", overrides: { slug: "colonie-" }, issues: ["slug:slug"] },
    {
      name: "a rate above 100 %",
      overrides: { subsidies: ["101", "", "", "", "", "", "", ""] },
      issues: ["subsidies.0:percent"],
    },
    {
      name: "an amount typed as euros",
      overrides: {
        subsidyKind: "AMOUNT",
        subsidies: ["8", "7,50", "", "", "", "", "", "abc"],
      },
      issues: ["subsidies.7:euro_amount"],
    },
    {
      name: "an invalid cap",
      overrides: { subsidyCap: "4OO" },
      issues: ["subsidyCap:euro_amount"],
    },
    {
      name: "a repeated tier",
      overrides: {
        cancellationTiers: [
          { daysBefore: "7", retainedPercent: "100" },
          { daysBefore: "7", retainedPercent: "50" },
        ],
      },
      issues: ["cancellationTiers.1.daysBefore:duplicate_days"],
    },
    {
      name: "a tier above 100 %",
      overrides: { cancellationTiers: [{ daysBefore: "30", retainedPercent: "150" }] },
      issues: ["cancellationTiers.0.retainedPercent:whole_percent"],
    },
    {
      name: "a source that is not a URL",
      overrides: { sourceUrls: "voir le site" },
      issues: ["sourceUrls:source_url"],
    },
    {
      name: "an invalid INSEE code",
      overrides: { communeCode: "3155" },
      issues: ["communeCode:commune_code"],
    },
  ];
  it.each(cases)("checks $name", ({ overrides, issues }) => {
    expect(offerIssues(validOffer(overrides))).toEqual(issues);
  });

  it("converts euros and percentages exactly", () => {
    const data = toOfferData(offerSchema.parse(validOffer()));
    expect(data.subsidies[0]).toEqual({ bracketPosition: 1, value: 7_000 });
    expect(data.subsidies).toHaveLength(8);
    expect(data.offer.subsidyCapCents).toBe(40_000);
    expect(data.offer.sourceUrls).toEqual(["https://example.test/a", "https://example.test/b"]);
    expect(data.cancellationTiers.map((tier) => tier.daysBefore)).toEqual([59, 7]);
  });

  it("keeps empty brackets without a subsidy row", () => {
    const input = validOffer({
      subsidyKind: "AMOUNT",
      subsidies: ["8,50", "", "", "", "", "", "", "0,99"],
    });
    expect(toOfferData(offerSchema.parse(input)).subsidies).toEqual([
      { bracketPosition: 1, value: 850 },
      { bracketPosition: 8, value: 99 },
    ]);
  });
});

function validSession(overrides: Partial<SessionInput> = {}): SessionInput {
  return {
    ...blankSessionValues(),
    startDate: "2027-07-11",
    endDate: "2027-07-17",
    capacity: "40",
    audience: "CHILDREN",
    minAge: "8",
    maxAge: "12",
    childPrice: "710,50",
    bookingOpensAt: "2026-12-07T09:00",
    bookingClosesAt: "2027-06-20T23:59",
    cancellationDeadline: "2027-07-03",
    ...overrides,
  };
}

function sessionIssues(input: SessionInput) {
  const result = sessionSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
}

describe("sessionSchema", () => {
  const cases: { name: string; overrides: Partial<SessionInput>; issues: string[] }[] = [
    { name: "a complete session", overrides: {}, issues: [] },
    { name: "a one-day session", overrides: { endDate: "2027-07-11" }, issues: [] },
    {
      name: "an end before the start",
      overrides: { endDate: "2027-07-10" },
      issues: ["endDate:end_before_start"],
    },
    {
      name: "an invalid date",
      overrides: { startDate: "2027-02-30" },
      issues: ["startDate:date_invalid"],
    },
    { name: "a negative capacity", overrides: { capacity: "-1" }, issues: ["capacity:capacity"] },
    { name: "a zero capacity", overrides: { capacity: "0" }, issues: [] },
    {
      name: "ages in the wrong order",
      overrides: { minAge: "12", maxAge: "8" },
      issues: ["maxAge:age_order"],
    },
    {
      name: "no price at all",
      overrides: { childPrice: "" },
      issues: ["adultPrice:price_required"],
    },
    {
      name: "an invalid price",
      overrides: { adultPrice: "12,345" },
      issues: ["adultPrice:euro_amount"],
    },
    {
      name: "a window closing when it opens",
      overrides: { bookingClosesAt: "2026-12-07T09:00" },
      issues: ["bookingClosesAt:window_order"],
    },
    {
      name: "an invalid opening time",
      overrides: { bookingOpensAt: "2026-12-07T25:00" },
      issues: ["bookingOpensAt:date_time"],
    },
    {
      name: "a deadline after the start",
      overrides: { cancellationDeadline: "2027-07-12" },
      issues: ["cancellationDeadline:deadline_after_start"],
    },
    {
      name: "a deadline on the first day",
      overrides: { cancellationDeadline: "2027-07-11" },
      issues: [],
    },
  ];
  it.each(cases)("checks $name", ({ overrides, issues }) => {
    expect(sessionIssues(validSession(overrides))).toEqual(issues);
  });

  it("converts prices and Paris times", () => {
    const data = toSessionData(sessionSchema.parse(validSession()));
    expect(data.childPriceCents).toBe(71_050);
    expect(data.adultPriceCents).toBeNull();
    expect(data.bookingOpensAt.toISOString()).toBe("2026-12-07T08:00:00.000Z");
    expect(data.bookingClosesAt.toISOString()).toBe("2027-06-20T21:59:00.000Z");
    expect(data.startDate.toISOString()).toBe("2027-07-11T00:00:00.000Z");
    expect(data.minAge).toBe(8);
  });
});
