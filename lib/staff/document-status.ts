import { recordAudit } from "@/lib/audit";
import type { DbClient } from "@/lib/db";
import type { DocumentType } from "@/lib/generated/prisma/enums";

export type DocumentDecision = { status: "ACCEPTED" } | { status: "REJECTED"; reason: string };

type PendingDocument = {
  id: string;
  householdId: string;
  type: DocumentType;
  year: number;
};

/**
 * Accepts or rejects a document that is still PENDING and writes its audit
 * entry. The update is conditional on the status, so of two reviewers
 * deciding at once only one changes it, and the other gets false.
 */
export async function decidePendingDocument(
  tx: DbClient,
  reviewerId: string,
  document: PendingDocument,
  decision: DocumentDecision,
): Promise<boolean> {
  const rejectionReason = decision.status === "REJECTED" ? decision.reason : null;
  const { count } = await tx.supportingDocument.updateMany({
    where: { id: document.id, status: "PENDING" },
    data: {
      status: decision.status,
      rejectionReason,
      reviewedById: reviewerId,
      reviewedAt: new Date(),
    },
  });
  if (count === 0) return false;

  await recordAudit(tx, {
    action: decision.status === "ACCEPTED" ? "document.accepted" : "document.rejected",
    actorId: reviewerId,
    entityType: "SupportingDocument",
    entityId: document.id,
    householdId: document.householdId,
    before: { status: "PENDING", type: document.type, year: document.year },
    after: { status: decision.status, type: document.type, year: document.year, rejectionReason },
  });
  return true;
}
