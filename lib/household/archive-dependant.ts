import { assertActiveMembership } from "@/lib/account/membership";
import { recordAudit } from "@/lib/audit";
import type { MemberActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { dependantAuditSnapshot, getOwnDependantForUpdate } from "@/lib/household/dependants";

/**
 * Removes a dependant from the actor's household by setting `archivedAt`.
 * The row stays, with its documents, for history and audit.
 */
export async function archiveDependant(actor: MemberActor, dependantId: string) {
  await assertActiveMembership(db, actor);

  return db.$transaction(async (tx) => {
    const before = await getOwnDependantForUpdate(tx, actor, dependantId);
    const after = await tx.dependant.update({
      where: { id: before.id },
      data: { archivedAt: new Date() },
    });
    await recordAudit(tx, {
      action: "dependant.archived",
      actorId: actor.userId,
      entityType: "Dependant",
      entityId: after.id,
      householdId: actor.householdId,
      before: dependantAuditSnapshot(before),
      after: dependantAuditSnapshot(after),
    });
    return after;
  });
}
