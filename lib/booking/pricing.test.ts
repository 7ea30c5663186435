import { describe, expect, it } from "vitest";

import { splitPrice, sumPrices, type SubsidyRule } from "@/lib/booking/pricing";

const rate = (value: number | null, capCents: number | null = null): SubsidyRule => ({
  kind: "RATE",
  value,
  capCents,
});
const amount = (value: number | null, capCents: number | null = null): SubsidyRule => ({
  kind: "AMOUNT",
  value,
  capCents,
});

describe("splitPrice", () => {
  it.each([
    { rule: "rate of the bracket", price: 45_000, subsidy: rate(5000), expected: 22_500 },
    { rule: "rate rounded down", price: 999, subsidy: rate(3333), expected: 332 },
    { rule: "rate rounded down to zero", price: 1, subsidy: rate(9999), expected: 0 },
    { rule: "rate of 100 %", price: 12_345, subsidy: rate(10_000), expected: 12_345 },
    {
      rule: "rate above 100 % capped by price",
      price: 5_000,
      subsidy: rate(15_000),
      expected: 5_000,
    },
    {
      rule: "rate capped per participant",
      price: 80_000,
      subsidy: rate(5000, 30_000),
      expected: 30_000,
    },
    { rule: "rate under the cap", price: 40_000, subsidy: rate(5000, 30_000), expected: 20_000 },
    { rule: "amount of the bracket", price: 45_000, subsidy: amount(15_000), expected: 15_000 },
    {
      rule: "amount capped per participant",
      price: 45_000,
      subsidy: amount(15_000, 10_000),
      expected: 10_000,
    },
    { rule: "amount capped by price", price: 8_000, subsidy: amount(15_000), expected: 8_000 },
    { rule: "cap of zero", price: 8_000, subsidy: amount(15_000, 0), expected: 0 },
    { rule: "bracket without subsidy row", price: 45_000, subsidy: rate(null), expected: 0 },
    {
      rule: "amount bracket without row",
      price: 45_000,
      subsidy: amount(null, 5_000),
      expected: 0,
    },
    { rule: "free session", price: 0, subsidy: amount(15_000), expected: 0 },
  ])("$rule", ({ price, subsidy, expected }) => {
    const split = splitPrice(price, subsidy);

    expect(split.publicPriceCents).toBe(price);
    expect(split.subsidyCents).toBe(expected);
    expect(split.memberShareCents).toBe(price - expected);
    expect(Number.isInteger(split.subsidyCents)).toBe(true);
  });

  it.each([
    { name: "fractional price", price: 10.5, subsidy: rate(5000) },
    { name: "negative price", price: -100, subsidy: rate(5000) },
    { name: "negative value", price: 100, subsidy: amount(-1) },
    { name: "fractional cap", price: 100, subsidy: amount(10, 2.5) },
  ])("rejects a $name", ({ price, subsidy }) => {
    expect(() => splitPrice(price, subsidy)).toThrow(RangeError);
  });
});

describe("sumPrices", () => {
  it("adds each column of the lines", () => {
    const total = sumPrices([
      splitPrice(45_000, rate(5000)),
      splitPrice(60_000, rate(5000, 20_000)),
    ]);

    expect(total.publicPriceCents).toBe(105_000);
    expect(total.subsidyCents).toBe(42_500);
    expect(total.memberShareCents).toBe(62_500);
  });

  it("returns zeros for no line", () => {
    expect(sumPrices([])).toEqual({ publicPriceCents: 0, subsidyCents: 0, memberShareCents: 0 });
  });
});
