import type { MemberActor } from "@/lib/auth/guards";
import { toCalendarDate } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Dependant, Prisma } from "@/lib/generated/prisma/client";

/**
 * Query arguments for a household's active (not archived) dependants, spouse
 * first, then children from the eldest. Add a `select` where it is used.
 */
export const activeDependantsQuery = {
  where: { archivedAt: null },
  // PostgreSQL orders an enum by declaration: SPOUSE comes before CHILD.
  orderBy: [{ relation: "asc" }, { birthDate: "asc" }],
} satisfies Prisma.DependantFindManyArgs;

/**
 * Locks the household's row until the transaction ends, so that changes to
 * its dependants (at most one active spouse) run one after the other.
 */
export async function lockHousehold(tx: DbClient, householdId: string) {
  await tx.$queryRaw`SELECT id FROM "Household" WHERE id = ${householdId} FOR UPDATE`;
}

/**
 * Returns an active (not archived) dependant of the actor's household and
 * locks its row until the transaction ends. A dependant of another
 * household, archived or missing raises `not_found`.
 */
export async function getOwnDependantForUpdate(
  tx: DbClient,
  actor: MemberActor,
  dependantId: string,
): Promise<Dependant> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Dependant"
    WHERE id = ${dependantId}
      AND "householdId" = ${actor.householdId}
      AND "archivedAt" IS NULL
    FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("not_found");
  return tx.dependant.findUniqueOrThrow({ where: { id: dependantId } });
}

/** Returns the dependant's fields as the audit log stores them, with the birth date as "YYYY-MM-DD". */
export function dependantAuditSnapshot(dependant: Dependant) {
  return {
    relation: dependant.relation,
    firstName: dependant.firstName,
    lastName: dependant.lastName,
    birthDate: toCalendarDate(dependant.birthDate),
    disability: dependant.disability,
    notes: dependant.notes,
    status: dependant.status,
    rejectionReason: dependant.rejectionReason,
    archivedAt: dependant.archivedAt?.toISOString() ?? null,
  };
}
