import { describe, expect, it } from "vitest";

import { formatWithFirstOrdinal } from "@/lib/dates";

const longDate = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });

describe("formatWithFirstOrdinal", () => {
  it.each([
    { date: "2027-01-01", expected: "1er janvier 2027" },
    { date: "2027-07-11", expected: "11 juillet 2027" },
    { date: "2027-07-21", expected: "21 juillet 2027" },
  ])("formats $date as $expected", ({ date, expected }) => {
    expect(formatWithFirstOrdinal(longDate, new Date(`${date}T00:00:00Z`))).toBe(expected);
  });
});
