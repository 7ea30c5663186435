import { recordAudit } from "@/lib/audit";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { computeFiscalQuotientCents, findBracket } from "@/lib/quotient";

/** Figures staff read on a tax notice (avis d'imposition). */
export type TaxNoticeFigures = {
  /** Revenu fiscal de référence, in cents. */
  referenceIncomeCents: number;
  /** Nombre de parts times 100 (2.5 shares = 250). */
  taxShareHundredths: number;
};

/**
 * Writes the household's quotient for the notice's campaign year from an
 * accepted tax notice, replacing the quotient of an older notice for the
 * same year, and audits `quotient.set`. Raises `quotient_invalid` for
 * impossible figures and `quotient_grid_missing` when the year has no
 * bracket grid.
 */
export async function setHouseholdQuotient(
  tx: DbClient,
  reviewerId: string,
  document: { id: string; householdId: string; year: number },
  figures: TaxNoticeFigures,
) {
  const { referenceIncomeCents, taxShareHundredths } = figures;
  if (
    !Number.isInteger(referenceIncomeCents) ||
    referenceIncomeCents < 0 ||
    !Number.isInteger(taxShareHundredths) ||
    taxShareHundredths < 100 ||
    taxShareHundredths % 25 !== 0
  ) {
    throw new DomainError("quotient_invalid", { field: "referenceIncome" });
  }

  const { householdId, year } = document;
  const brackets = await tx.quotientBracket.findMany({ where: { year } });
  if (brackets.length === 0) {
    throw new DomainError("quotient_grid_missing", { params: { year } });
  }
  const quotientCents = computeFiscalQuotientCents(figures);
  const bracket = findBracket(brackets, quotientCents);

  // Locks the household row so that two notices accepted at once for the
  // same household and year replace each other in turn, and the second
  // audit entry records the first quotient as its before.
  await tx.$queryRaw`SELECT id FROM "Household" WHERE id = ${householdId} FOR UPDATE`;

  const previous = await tx.householdQuotient.findUnique({
    where: { householdId_year: { householdId, year } },
    include: { bracket: { select: { label: true } } },
  });
  const values = {
    referenceIncomeCents,
    taxShareHundredths,
    quotientCents,
    bracketId: bracket.id,
    documentId: document.id,
    validatedById: reviewerId,
  };
  const quotient = await tx.householdQuotient.upsert({
    where: { householdId_year: { householdId, year } },
    create: { householdId, year, ...values },
    update: values,
  });

  await recordAudit(tx, {
    action: "quotient.set",
    actorId: reviewerId,
    entityType: "HouseholdQuotient",
    entityId: quotient.id,
    householdId,
    before: previous
      ? {
          year,
          referenceIncomeCents: previous.referenceIncomeCents,
          taxShareHundredths: previous.taxShareHundredths,
          quotientCents: previous.quotientCents,
          bracket: previous.bracket.label,
          documentId: previous.documentId,
        }
      : null,
    after: {
      year,
      referenceIncomeCents,
      taxShareHundredths,
      quotientCents,
      bracket: bracket.label,
      documentId: document.id,
    },
  });
  return { quotient, bracket };
}
