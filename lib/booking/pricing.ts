// Price split between the association and the member. Pure functions, integer cents.
import type { SubsidyKind } from "@/lib/generated/prisma/enums";

export type SubsidyRule = {
  kind: SubsidyKind;
  /** Basis points for RATE, cents for AMOUNT; null when the bracket has no subsidy row. */
  value: number | null;
  /** Cap of the subsidy per participant in cents, or null for none. */
  capCents: number | null;
};

export type PriceSplit = {
  publicPriceCents: number;
  subsidyCents: number;
  memberShareCents: number;
};

/**
 * Splits one participant's public price into the association's subsidy and
 * the member's share. A RATE subsidy is rounded down to the cent, then the
 * subsidy is capped by `capCents` and by the price itself.
 */
export function splitPrice(publicPriceCents: number, rule: SubsidyRule): PriceSplit {
  assertCents("publicPriceCents", publicPriceCents);
  const value = rule.value ?? 0;
  assertCents("subsidy value", value);

  let subsidyCents = rule.kind === "RATE" ? Math.floor((publicPriceCents * value) / 10_000) : value;
  if (rule.capCents !== null) {
    assertCents("capCents", rule.capCents);
    subsidyCents = Math.min(subsidyCents, rule.capCents);
  }
  subsidyCents = Math.min(subsidyCents, publicPriceCents);
  return { publicPriceCents, subsidyCents, memberShareCents: publicPriceCents - subsidyCents };
}

/** Adds up the participants' splits into the booking's totals. */
export function sumPrices(lines: PriceSplit[]): PriceSplit {
  return lines.reduce(
    (total, line) => ({
      publicPriceCents: total.publicPriceCents + line.publicPriceCents,
      subsidyCents: total.subsidyCents + line.subsidyCents,
      memberShareCents: total.memberShareCents + line.memberShareCents,
    }),
    { publicPriceCents: 0, subsidyCents: 0, memberShareCents: 0 },
  );
}

function assertCents(name: string, value: number) {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer of cents, got ${value}`);
  }
}
