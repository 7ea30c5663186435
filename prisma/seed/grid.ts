import qfBrackets from "@/data/qf-brackets.json";

/** The real grid the demo association uses: 8 brackets of monthly QF in euros. */
export const DEMO_GRID_ID = "cgos-occitanie-vacances-enfants";

export type BracketBoundsCents = {
  position: number;
  label: string;
  minCents: number | null;
  maxCents: number | null;
};

function eurosToCents(euros: number | null): number | null {
  // Math.round because a product like 4.35 * 100 is 434.99999999999994 in
  // floating point.
  return euros === null ? null : Math.round(euros * 100);
}

/**
 * Reads the demo grid from data/qf-brackets.json and returns its brackets
 * with bounds in integer cents (480.01 € becomes 48001), labelled
 * "Tranche 1" to "Tranche 8" from the lowest quotient up.
 */
export function demoBracketGrid(): BracketBoundsCents[] {
  const grid = qfBrackets.grids.find((candidate) => candidate.id === DEMO_GRID_ID);
  if (!grid)
    throw new Error(`Quotient grid ${DEMO_GRID_ID} is missing from data/qf-brackets.json.`);

  return grid.brackets.map((bracket, index) => ({
    position: index + 1,
    label: `Tranche ${index + 1}`,
    minCents: eurosToCents(bracket.min),
    maxCents: eurosToCents(bracket.max),
  }));
}
