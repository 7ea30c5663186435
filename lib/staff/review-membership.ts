import { recordAudit } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/guards";
import { db, type DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadReviewer } from "@/lib/staff/actor";
import { MEMBERSHIP_PROOF_TYPES } from "@/lib/staff/proofs";
import { decidePendingDocument, type DocumentDecision } from "@/lib/staff/document-status";
import { findRecipients, normalizeReason, queueDecisionEmails } from "@/lib/staff/notify";
import { canReviewDocument, canReviewMembership } from "@/lib/staff/sectors";

/**
 * Activates a PENDING membership, accepts its pending proof (the member's
 * payslip or pension slip) and e-mails the member. Raises
 * `not_found` without the Fichier des adhésions or Secrétariat sector and
 * `already_reviewed` when another reviewer decided first.
 */
export async function validateMembership(actor: StaffActor, input: { membershipId: string }) {
  return decideMembership(actor, input.membershipId, { status: "ACCEPTED" });
}

/**
 * Rejects a PENDING membership with a reason sent to the member; its
 * pending proof is rejected with the same reason.
 */
export async function rejectMembership(
  actor: StaffActor,
  input: { membershipId: string; reason: string },
) {
  const reason = normalizeReason(input.reason);
  return decideMembership(actor, input.membershipId, { status: "REJECTED", reason });
}

async function decideMembership(
  actor: StaffActor,
  membershipId: string,
  decision: DocumentDecision,
) {
  return db.$transaction(async (tx) => {
    const reviewer = await loadReviewer(tx, actor);
    if (!canReviewMembership(reviewer)) throw new DomainError("not_found");

    const membership = await tx.membership.findUnique({
      where: { id: membershipId },
      include: { member: { select: { id: true, householdId: true } } },
    });
    if (!membership) throw new DomainError("not_found");
    if (membership.status !== "PENDING") throw new DomainError("already_reviewed");

    const status = decision.status === "ACCEPTED" ? "ACTIVE" : "REJECTED";
    const rejectionReason = decision.status === "REJECTED" ? decision.reason : null;
    const { count } = await tx.membership.updateMany({
      where: { id: membershipId, status: "PENDING" },
      data: { status, rejectionReason, reviewedById: reviewer.userId, reviewedAt: new Date() },
    });
    if (count === 0) throw new DomainError("already_reviewed");

    const householdId = membership.member.householdId;
    await recordAudit(tx, {
      action: status === "ACTIVE" ? "membership.validated" : "membership.rejected",
      actorId: reviewer.userId,
      entityType: "Membership",
      entityId: membershipId,
      householdId,
      before: { status: "PENDING", year: membership.year },
      after: { status, year: membership.year, rejectionReason },
    });

    await decideProofs(tx, reviewer, membership.member.id, decision);

    const recipients = await findRecipients(tx, { householdId, memberId: membership.member.id });
    const emailKey = status === "ACTIVE" ? "membershipValidated" : "membershipRejected";
    await queueDecisionEmails(tx, recipients, emailKey, {
      year: membership.year,
      reason: rejectionReason ?? "",
    });
    return { membershipId, status };
  });
}

// The enrolment form sends the proof with the membership request, so any
// pending payslip or pension slip of the member is that proof.
async function decideProofs(
  tx: DbClient,
  reviewer: StaffActor,
  memberId: string,
  decision: DocumentDecision,
) {
  const proofs = await tx.supportingDocument.findMany({
    where: {
      memberId,
      status: "PENDING",
      deletedAt: null,
      type: { in: MEMBERSHIP_PROOF_TYPES },
    },
    select: { id: true, householdId: true, type: true, year: true },
  });
  for (const proof of proofs) {
    if (!canReviewDocument(reviewer, proof.type)) continue;
    await decidePendingDocument(tx, reviewer.userId, proof, decision);
  }
}
