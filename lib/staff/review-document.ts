import type { StaffActor } from "@/lib/auth/guards";
import { db, type DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadReviewer } from "@/lib/staff/actor";
import { decidePendingDocument, type DocumentDecision } from "@/lib/staff/document-status";
import { setHouseholdQuotient, type TaxNoticeFigures } from "@/lib/staff/household-quotient";
import {
  findRecipients,
  getAdminTranslator,
  normalizeReason,
  queueDecisionEmails,
} from "@/lib/staff/notify";
import { canReviewDocument } from "@/lib/staff/sectors";

/**
 * Accepts a PENDING document and e-mails the member. A tax notice
 * needs `taxNotice` (the figures read on it): accepting it sets the
 * household's quotient and bracket for the document's year. Raises
 * `not_found` without a sector that reviews this type, `already_reviewed`
 * when another reviewer decided first, `quotient_invalid` when a tax
 * notice comes without figures.
 */
export async function acceptDocument(
  actor: StaffActor,
  input: { documentId: string; taxNotice?: TaxNoticeFigures },
) {
  return db.$transaction(async (tx) => {
    const { reviewer, document } = await loadPendingDocument(tx, actor, input.documentId);
    if (document.type === "TAX_NOTICE" && !input.taxNotice) {
      throw new DomainError("quotient_invalid", { field: "referenceIncome" });
    }

    await decideOrThrow(tx, reviewer, document, { status: "ACCEPTED" });

    let bracketLabel: string | null = null;
    if (document.type === "TAX_NOTICE" && input.taxNotice) {
      const { bracket } = await setHouseholdQuotient(
        tx,
        reviewer.userId,
        document,
        input.taxNotice,
      );
      bracketLabel = bracket.label;
    }

    const recipients = await findRecipients(tx, document);
    const typeLabel = await documentTypeLabel(document.type);
    if (bracketLabel) {
      await queueDecisionEmails(tx, recipients, "taxNoticeAccepted", {
        year: document.year,
        bracket: bracketLabel,
      });
    } else {
      await queueDecisionEmails(tx, recipients, "documentAccepted", {
        type: typeLabel,
        year: document.year,
      });
    }
    return { documentId: document.id, status: "ACCEPTED" as const, bracketLabel };
  });
}

/** Rejects a PENDING document with a reason that the member reads in the e-mail and online. */
export async function rejectDocument(
  actor: StaffActor,
  input: { documentId: string; reason: string },
) {
  const reason = normalizeReason(input.reason);
  return db.$transaction(async (tx) => {
    const { reviewer, document } = await loadPendingDocument(tx, actor, input.documentId);
    await decideOrThrow(tx, reviewer, document, { status: "REJECTED", reason });

    const recipients = await findRecipients(tx, document);
    await queueDecisionEmails(tx, recipients, "documentRejected", {
      type: await documentTypeLabel(document.type),
      year: document.year,
      reason,
    });
    return { documentId: document.id, status: "REJECTED" as const };
  });
}

async function loadPendingDocument(tx: DbClient, actor: StaffActor, documentId: string) {
  const reviewer = await loadReviewer(tx, actor);
  const document = await tx.supportingDocument.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      householdId: true,
      memberId: true,
      type: true,
      year: true,
      status: true,
      deletedAt: true,
    },
  });
  if (!document || document.deletedAt || !canReviewDocument(reviewer, document.type)) {
    throw new DomainError("not_found");
  }
  if (document.status !== "PENDING") throw new DomainError("already_reviewed");
  return { reviewer, document };
}

async function decideOrThrow(
  tx: DbClient,
  reviewer: StaffActor,
  document: Parameters<typeof decidePendingDocument>[2],
  decision: DocumentDecision,
) {
  const changed = await decidePendingDocument(tx, reviewer.userId, document, decision);
  if (!changed) throw new DomainError("already_reviewed");
}

async function documentTypeLabel(type: string) {
  const t = await getAdminTranslator("documentTypes");
  return t(type);
}
