import { describe, expect, it } from "vitest";

import { computeFiscalQuotientCents, findBracket, parseTaxShares } from "@/lib/quotient";

// The C.G.O.S. Occitanie monthly grid (euros), as cents.
const grid = [
  { id: "b1", position: 1, label: "T1", minCents: null, maxCents: 48000 },
  { id: "b2", position: 2, label: "T2", minCents: 48001, maxCents: 58000 },
  { id: "b3", position: 3, label: "T3", minCents: 58001, maxCents: 127000 },
  { id: "b8", position: 8, label: "T8", minCents: 127001, maxCents: null },
];

describe("computeFiscalQuotientCents", () => {
  it.each([
    { name: "couple, two shares", income: 3_600_000, shares: 200, expected: 150_000 },
    { name: "two and a half shares", income: 3_000_000, shares: 250, expected: 100_000 },
    { name: "rounds down to the cent", income: 1_000_000, shares: 300, expected: 27_777 },
    { name: "zero income", income: 0, shares: 100, expected: 0 },
  ])("$name", ({ income, shares, expected }) => {
    expect(
      computeFiscalQuotientCents({ referenceIncomeCents: income, taxShareHundredths: shares }),
    ).toBe(expected);
  });

  it("rejects fewer than one share", () => {
    expect(() =>
      computeFiscalQuotientCents({ referenceIncomeCents: 100, taxShareHundredths: 50 }),
    ).toThrow(RangeError);
  });
});

describe("findBracket", () => {
  it.each([
    { name: "lowest bracket has no lower bound", quotient: 0, expected: "b1" },
    { name: "upper bound is inclusive", quotient: 48000, expected: "b1" },
    { name: "next cent is the next bracket", quotient: 48001, expected: "b2" },
    { name: "highest bracket has no upper bound", quotient: 9_999_999, expected: "b8" },
    { name: "missing notice gives the highest bracket", quotient: null, expected: "b8" },
  ])("$name", ({ quotient, expected }) => {
    expect(findBracket(grid, quotient).id).toBe(expected);
  });
});

describe("parseTaxShares", () => {
  it.each([
    { input: "2", expected: 200 },
    { input: "2,5", expected: 250 },
    { input: "3.25", expected: 325 },
    { input: "0,5", expected: null },
    { input: "2,3", expected: null },
    { input: "abc", expected: null },
  ])("$input gives $expected", ({ input, expected }) => {
    expect(parseTaxShares(input)).toBe(expected);
  });
});
