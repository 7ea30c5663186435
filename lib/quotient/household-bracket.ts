import "server-only";

import type { DbClient } from "@/lib/db";
import { type BracketBounds, findBracket } from "@/lib/quotient";

/**
 * Returns the household's quotient and bracket for a campaign year. Without a
 * validated tax notice for that year, the quotient is null and the bracket
 * is the highest one.
 */
export async function getHouseholdBracket(client: DbClient, householdId: string, year: number) {
  const [brackets, quotient] = await Promise.all([
    client.quotientBracket.findMany({ where: { year }, orderBy: { position: "asc" } }),
    client.householdQuotient.findUnique({ where: { householdId_year: { householdId, year } } }),
  ]);
  if (brackets.length === 0) return null;
  return { ...householdBracketOf(brackets, quotient), quotient };
}

/**
 * Picks the household's bracket in a non-empty grid: the one its quotient
 * was validated in, else the one its quotient falls in, else (no
 * quotient) the highest one.
 */
export function householdBracketOf<T extends BracketBounds & { id: string }>(
  brackets: T[],
  quotient: { bracketId: string; quotientCents: number } | null,
) {
  const bracket = quotient
    ? (brackets.find((candidate) => candidate.id === quotient.bracketId) ??
      findBracket(brackets, quotient.quotientCents))
    : findBracket(brackets, null);
  return { bracket, isDefault: !quotient };
}
