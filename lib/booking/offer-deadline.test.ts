import { describe, expect, it } from "vitest";

import { offerDeadline, sessionStartInstant } from "@/lib/booking/offer-deadline";
import { generateBookingReference } from "@/lib/booking/reference";

const date = (value: string) => new Date(`${value}T00:00:00Z`);

describe("offerDeadline", () => {
  it.each([
    {
      rule: "48 hours when the session is far",
      now: "2027-06-01T10:00:00Z",
      start: "2027-07-12",
      closes: "2027-12-15T22:59:00Z",
      expected: "2027-06-03T10:00:00.000Z",
    },
    {
      rule: "session start in Paris summer time when sooner",
      now: "2027-07-11T10:00:00Z",
      start: "2027-07-12",
      closes: "2027-12-15T22:59:00Z",
      expected: "2027-07-11T22:00:00.000Z",
    },
    {
      rule: "session start in Paris winter time when sooner",
      now: "2027-01-09T10:00:00Z",
      start: "2027-01-10",
      closes: "2027-12-15T22:59:00Z",
      expected: "2027-01-09T23:00:00.000Z",
    },
    {
      rule: "exactly 48 hours before the start",
      now: "2027-07-09T22:00:00Z",
      start: "2027-07-12",
      closes: "2027-12-15T22:59:00Z",
      expected: "2027-07-11T22:00:00.000Z",
    },
    {
      rule: "48 hours in a started session still open",
      now: "2027-03-01T10:00:00Z",
      start: "2027-01-01",
      closes: "2027-12-15T22:59:00Z",
      expected: "2027-03-03T10:00:00.000Z",
    },
    {
      rule: "window close in a started session when sooner",
      now: "2027-12-15T10:00:00Z",
      start: "2027-01-01",
      closes: "2027-12-15T22:59:00Z",
      expected: "2027-12-15T22:59:00.000Z",
    },
    {
      rule: "window close, already past, once started",
      now: "2027-07-13T10:00:00Z",
      start: "2027-07-12",
      closes: "2027-06-30T21:59:00Z",
      expected: "2027-06-30T21:59:00.000Z",
    },
  ])("$rule", ({ now, start, closes, expected }) => {
    const session = { startDate: date(start), bookingClosesAt: new Date(closes) };
    expect(offerDeadline(new Date(now), session).toISOString()).toBe(expected);
  });
});

describe("sessionStartInstant", () => {
  it("is midnight in Paris on the first day", () => {
    expect(sessionStartInstant(date("2027-03-28")).toISOString()).toBe("2027-03-27T23:00:00.000Z");
  });
});

describe("generateBookingReference", () => {
  it("has the year and seven unambiguous characters", () => {
    for (let index = 0; index < 200; index += 1) {
      expect(generateBookingReference(2027)).toMatch(/^R27-[0-9A-HJKMNP-TV-Z]{7}$/);
    }
  });

  it("differs between calls", () => {
    const references = new Set(Array.from({ length: 1000 }, () => generateBookingReference(2027)));

    expect(references.size).toBe(1000);
  });
});
