import { describe, expect, it } from "vitest";

import {
  comingSeasonYear,
  lengthInDays,
  parisInstant,
  shiftSessionToYear,
} from "@/prisma/seed/catalogue-dates";

function weekday(value: string) {
  return new Date(`${value}T00:00:00Z`).getUTCDay();
}

function daysBetween(a: string, b: string) {
  return (
    Math.abs(new Date(`${a}T00:00:00Z`).getTime() - new Date(`${b}T00:00:00Z`).getTime()) /
    86_400_000
  );
}

describe("shiftSessionToYear", () => {
  const cases = [
    { name: "one week of July 2026", start: "2026-07-08", end: "2026-07-14", year: 2027 },
    { name: "three weeks over two months", start: "2026-07-12", end: "2026-08-01", year: 2027 },
    { name: "Saturday week of 2021", start: "2021-07-10", end: "2021-07-17", year: 2027 },
    { name: "leap year spring week", start: "2024-02-24", end: "2024-03-02", year: 2027 },
    { name: "Toussaint week of 2024", start: "2024-10-21", end: "2024-10-25", year: 2027 },
    { name: "spring rental of 2025", start: "2025-04-05", end: "2025-04-12", year: 2027 },
    { name: "stay from 2016", start: "2016-07-16", end: "2016-07-23", year: 2027 },
    { name: "new year's eve to january", start: "2023-12-30", end: "2024-01-06", year: 2027 },
  ];

  for (const testCase of cases) {
    it(`keeps length and weekday: ${testCase.name}`, () => {
      const shifted = shiftSessionToYear(testCase, testCase.year);
      expect(lengthInDays(shifted.start, shifted.end)).toBe(
        lengthInDays(testCase.start, testCase.end),
      );
      expect(weekday(shifted.start)).toBe(weekday(testCase.start));
      expect(weekday(shifted.end)).toBe(weekday(testCase.end));
      const sameDay = `${testCase.year}${testCase.start.slice(4)}`;
      expect(daysBetween(shifted.start, sameDay)).toBeLessThanOrEqual(3);
    });
  }

  it("moves July 2026 to the same week of 2027", () => {
    expect(shiftSessionToYear({ start: "2026-07-08", end: "2026-07-14" }, 2027)).toEqual({
      start: "2027-07-07",
      end: "2027-07-13",
    });
  });
});

describe("comingSeasonYear", () => {
  const cases = [
    { today: "2026-12-04", year: 2027 },
    { today: "2026-09-01", year: 2027 },
    { today: "2026-08-31", year: 2026 },
    { today: "2027-01-15", year: 2027 },
  ];
  for (const testCase of cases) {
    it(`is ${testCase.year} on ${testCase.today}`, () => {
      expect(comingSeasonYear(testCase.today)).toBe(testCase.year);
    });
  }
});

describe("parisInstant", () => {
  it("uses winter time in November", () => {
    expect(parisInstant("2026-11-16", 9).toISOString()).toBe("2026-11-16T08:00:00.000Z");
  });

  it("uses summer time in June", () => {
    expect(parisInstant("2027-06-19", 23, 59).toISOString()).toBe("2027-06-19T21:59:00.000Z");
  });
});
