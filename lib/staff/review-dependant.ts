import { recordAudit } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadReviewer } from "@/lib/staff/actor";
import { DEPENDANT_PROOF_TYPES } from "@/lib/staff/proofs";
import { decidePendingDocument, type DocumentDecision } from "@/lib/staff/document-status";
import { findRecipients, normalizeReason, queueDecisionEmails } from "@/lib/staff/notify";
import { canReviewDependant, canReviewDocument } from "@/lib/staff/sectors";

/**
 * Validates a PENDING dependant (so it can be booked for), accepts the
 * pending proofs attached to it that the reviewer may review, and e-mails
 * the household. Raises `not_found` without the sector and
 * `already_reviewed` when another reviewer decided first.
 */
export async function validateDependant(actor: StaffActor, input: { dependantId: string }) {
  return decideDependant(actor, input.dependantId, { status: "ACCEPTED" });
}

/** Rejects a PENDING dependant and its pending proofs with a reason sent to the household. */
export async function rejectDependant(
  actor: StaffActor,
  input: { dependantId: string; reason: string },
) {
  const reason = normalizeReason(input.reason);
  return decideDependant(actor, input.dependantId, { status: "REJECTED", reason });
}

async function decideDependant(actor: StaffActor, dependantId: string, decision: DocumentDecision) {
  return db.$transaction(async (tx) => {
    const reviewer = await loadReviewer(tx, actor);
    if (!canReviewDependant(reviewer)) throw new DomainError("not_found");

    const dependant = await tx.dependant.findUnique({ where: { id: dependantId } });
    if (!dependant || dependant.archivedAt) throw new DomainError("not_found");
    if (dependant.status !== "PENDING") throw new DomainError("already_reviewed");

    const status = decision.status === "ACCEPTED" ? "VALIDATED" : "REJECTED";
    const rejectionReason = decision.status === "REJECTED" ? decision.reason : null;
    const { count } = await tx.dependant.updateMany({
      where: { id: dependantId, status: "PENDING" },
      data: { status, rejectionReason, reviewedById: reviewer.userId, reviewedAt: new Date() },
    });
    if (count === 0) throw new DomainError("already_reviewed");

    await recordAudit(tx, {
      action: status === "VALIDATED" ? "dependant.validated" : "dependant.rejected",
      actorId: reviewer.userId,
      entityType: "Dependant",
      entityId: dependantId,
      householdId: dependant.householdId,
      before: { status: "PENDING" },
      after: { status, rejectionReason },
    });

    // A medical certificate stays pending for Action sociale, even when
    // Direction decides on the child.
    const proofs = await tx.supportingDocument.findMany({
      where: {
        dependantId,
        status: "PENDING",
        deletedAt: null,
        type: { in: DEPENDANT_PROOF_TYPES },
      },
      select: { id: true, householdId: true, type: true, year: true },
    });
    for (const proof of proofs) {
      if (!canReviewDocument(reviewer, proof.type)) continue;
      await decidePendingDocument(tx, reviewer.userId, proof, decision);
    }

    const recipients = await findRecipients(tx, { householdId: dependant.householdId });
    const emailKey = status === "VALIDATED" ? "dependantValidated" : "dependantRejected";
    await queueDecisionEmails(tx, recipients, emailKey, {
      name: `${dependant.firstName} ${dependant.lastName}`,
      reason: rejectionReason ?? "",
    });
    return { dependantId, status };
  });
}
