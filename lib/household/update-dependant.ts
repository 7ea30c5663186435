import { assertActiveMembership } from "@/lib/account/membership";
import { recordAudit } from "@/lib/audit";
import type { MemberActor } from "@/lib/auth/guards";
import { parseCalendarDate, toCalendarDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { dependantAuditSnapshot, getOwnDependantForUpdate } from "@/lib/household/dependants";
import { dependantSchema, type DependantInput } from "@/lib/household/schemas";

/**
 * Edits a dependant of the actor's household. Staff validated the name and
 * birth date, which decide eligibility and prices, so changing either sends
 * a VALIDATED or REJECTED dependant back to PENDING for a new review.
 * Disability and notes change without review. The relation cannot change.
 */
export async function updateDependant(
  actor: MemberActor,
  dependantId: string,
  rawInput: DependantInput,
) {
  const input = dependantSchema.parse(rawInput);
  await assertActiveMembership(db, actor);

  return db.$transaction(async (tx) => {
    const before = await getOwnDependantForUpdate(tx, actor, dependantId);
    if (before.relation !== input.relation) {
      throw new DomainError("invalid_input", { field: "relation" });
    }

    const identityChanged =
      before.firstName !== input.firstName ||
      before.lastName !== input.lastName ||
      toCalendarDate(before.birthDate) !== input.birthDate;
    const sentBackToReview = identityChanged && before.status !== "PENDING";

    const after = await tx.dependant.update({
      where: { id: before.id },
      data: {
        firstName: input.firstName,
        lastName: input.lastName,
        birthDate: parseCalendarDate(input.birthDate)!,
        disability: input.disability,
        notes: input.notes || null,
        ...(sentBackToReview
          ? { status: "PENDING", rejectionReason: null, reviewedById: null, reviewedAt: null }
          : {}),
      },
    });
    await recordAudit(tx, {
      action: "dependant.updated",
      actorId: actor.userId,
      entityType: "Dependant",
      entityId: after.id,
      householdId: actor.householdId,
      before: dependantAuditSnapshot(before),
      after: dependantAuditSnapshot(after),
    });
    return { dependant: after, sentBackToReview };
  });
}
