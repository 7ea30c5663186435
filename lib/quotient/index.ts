// Family quotient rules. Pure functions: no I/O, tested with tables of cases.

/** Monthly fiscal quotient in cents: reference income / 12 / tax shares, rounded down. */
export function computeFiscalQuotientCents(input: {
  referenceIncomeCents: number;
  taxShareHundredths: number;
}): number {
  const { referenceIncomeCents, taxShareHundredths } = input;
  if (!Number.isInteger(referenceIncomeCents) || referenceIncomeCents < 0) {
    throw new RangeError(
      `referenceIncomeCents must be a non-negative integer, got ${referenceIncomeCents}`,
    );
  }
  if (!Number.isInteger(taxShareHundredths) || taxShareHundredths < 100) {
    throw new RangeError(
      `taxShareHundredths must be an integer of at least 100, got ${taxShareHundredths}`,
    );
  }
  // income * 100 / (12 * shares*100) keeps every step in integers.
  return Math.floor((referenceIncomeCents * 100) / (12 * taxShareHundredths));
}

/** The formula used to compute a household's quotient; associations may plug in the CAF one. */
export type QuotientFormula = typeof computeFiscalQuotientCents;

export type BracketBounds = {
  id: string;
  position: number;
  label: string;
  /** Inclusive lower bound in cents, null for the lowest bracket. */
  minCents: number | null;
  /** Inclusive upper bound in cents, null for the highest bracket. */
  maxCents: number | null;
};

/** Returns the highest bracket, used when a household has no validated tax notice for the year. */
export function highestBracket<T extends BracketBounds>(brackets: T[]): T {
  if (brackets.length === 0) throw new RangeError("The quotient grid has no bracket.");
  return brackets.reduce((highest, bracket) =>
    bracket.position > highest.position ? bracket : highest,
  );
}

/**
 * Returns the bracket whose bounds contain the quotient, or the highest
 * bracket when the quotient is unknown (no validated tax notice).
 */
export function findBracket<T extends BracketBounds>(
  brackets: T[],
  quotientCents: number | null,
): T {
  if (quotientCents === null) return highestBracket(brackets);
  const sorted = [...brackets].sort((a, b) => a.position - b.position);
  const found = sorted.find(
    (bracket) =>
      (bracket.minCents === null || quotientCents >= bracket.minCents) &&
      (bracket.maxCents === null || quotientCents <= bracket.maxCents),
  );
  // A grid with a gap between bounds (e.g. 480.00 then 480.01) puts the
  // odd cent in the next bracket up rather than failing.
  return (
    found ??
    sorted.find((bracket) => bracket.minCents !== null && bracket.minCents > quotientCents) ??
    highestBracket(brackets)
  );
}

/** Parses "2,5" or "2.5" tax shares into hundredths (250); returns null when invalid. */
export function parseTaxShares(value: string): number | null {
  const match = /^\s*(\d{1,2})(?:[.,](\d{1,2}))?\s*$/.exec(value);
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  // Shares go by quarters (alternating custody counts 0.25).
  if (hundredths < 100 || hundredths % 25 !== 0) return null;
  return hundredths;
}
