import { describe, expect, it } from "vitest";

import { parseEuroAmountCents } from "@/lib/staff/schemas";

describe("parseEuroAmountCents", () => {
  it.each([
    { input: "32450", expected: 3_245_000 },
    { input: "32 450", expected: 3_245_000 },
    { input: "32\u00a0450", expected: 3_245_000 },
    { input: "32\u202f450", expected: 3_245_000 },
    { input: "32450,00", expected: 3_245_000 },
    { input: "32 450,5", expected: 3_245_050 },
    { input: "32450.75", expected: 3_245_075 },
    { input: " 1 234 567 € ", expected: 123_456_700 },
    { input: "0", expected: 0 },
    { input: "32.450", expected: null },
    { input: "32 45", expected: null },
    { input: "32450,123", expected: null },
    { input: "-100", expected: null },
    { input: "", expected: null },
    { input: "trente mille", expected: null },
    { input: "25 000 000", expected: null },
  ])("'$input' gives $expected", ({ input, expected }) => {
    expect(parseEuroAmountCents(input)).toBe(expected);
  });
});
