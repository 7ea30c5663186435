import { base, Faker, fr } from "@faker-js/faker";
import { describe, expect, it } from "vitest";

import { findCommune } from "@/lib/communes";
import { demoBracketGrid } from "@/prisma/seed/grid";
import { employeeNumberFor, generateHouseholds } from "@/prisma/seed/households";
import { taxShareHundredths } from "@/prisma/seed/tax-shares";

const TODAY = "2026-12-04";

function households(seed: number, count: number) {
  return generateHouseholds({
    faker: new Faker({ locale: [fr, base], seed }),
    count,
    today: TODAY,
    brackets: demoBracketGrid(),
  });
}

describe("demoBracketGrid", () => {
  it("converts euro bounds to cents", () => {
    const grid = demoBracketGrid();
    expect(grid).toHaveLength(8);
    expect(grid[0]).toEqual({ position: 1, label: "Tranche 1", minCents: null, maxCents: 48_000 });
    expect(grid[1]).toEqual({
      position: 2,
      label: "Tranche 2",
      minCents: 48_001,
      maxCents: 58_000,
    });
    expect(grid[7]).toEqual({ position: 8, label: "Tranche 8", minCents: 127_001, maxCents: null });
  });
});

describe("taxShareHundredths", () => {
  const child = { disability: false };
  const disabledChild = { disability: true };

  it.each([
    { rule: "single adult", couple: false, singleParent: false, children: [], shares: 100 },
    { rule: "couple", couple: true, singleParent: false, children: [], shares: 200 },
    {
      rule: "half share per first two children",
      couple: true,
      singleParent: false,
      children: [child, child],
      shares: 300,
    },
    {
      rule: "full share from the third child",
      couple: true,
      singleParent: false,
      children: [child, child, child],
      shares: 400,
    },
    {
      rule: "half share more for a disabled child",
      couple: true,
      singleParent: false,
      children: [disabledChild],
      shares: 300,
    },
    {
      rule: "half share more for a single parent",
      couple: false,
      singleParent: true,
      children: [child],
      shares: 200,
    },
  ])("counts $rule", ({ couple, singleParent, children, shares }) => {
    expect(taxShareHundredths({ couple, singleParent, children })).toBe(shares);
  });
});

describe("generateHouseholds", () => {
  it("returns the same households for one seed", () => {
    expect(households(7, 50)).toEqual(households(7, 50));
  });

  it("returns other households for another seed", () => {
    expect(households(8, 5)).not.toEqual(households(7, 5));
  });

  it("places households in real communes", () => {
    for (const household of households(7, 200)) {
      const commune = findCommune(household.address.communeCode);
      expect(commune?.name).toBe(household.address.communeName);
      expect(commune?.postalCodes).toContain(household.address.postalCode);
    }
  });

  it("dates every birth in the past", () => {
    for (const household of households(7, 200)) {
      const people = [household.member, household.spouse, ...household.children];
      for (const person of people) {
        if (person) expect(person.birthDate <= TODAY, person.birthDate).toBe(true);
      }
    }
  });

  it("includes retirees, couples, single parents and pending enrolments", () => {
    const generated = households(7, 300);
    expect(generated.some((household) => household.member.status === "RETIRED")).toBe(true);
    expect(generated.some((household) => household.spouse !== null)).toBe(true);
    expect(generated.some((household) => !household.spouse && household.children.length > 0)).toBe(
      true,
    );
    expect(generated.some((household) => household.membership === "PENDING")).toBe(true);
    expect(
      generated.some((household) => household.children.some((child) => child.disability)),
    ).toBe(true);
    expect(generated.some((household) => household.taxNotice === null)).toBe(true);
  });
});

describe("employeeNumberFor", () => {
  it("never repeats over 12,000 households", () => {
    const numbers = Array.from({ length: 12_000 }, (_, index) => employeeNumberFor(index));
    expect(new Set(numbers).size).toBe(12_000);
    expect(numbers.every((number) => /^\d{6}$/.test(number))).toBe(true);
  });
});
