import { recordAudit } from "@/lib/audit";
import type { MemberActor } from "@/lib/auth/guards";
import type { DbClient } from "@/lib/db";
import type { StoredFile } from "@/lib/documents/store-file";
import type { DocumentType } from "@/lib/generated/prisma/enums";

export type DocumentTarget = {
  type: DocumentType;
  year: number;
  /** Set when the document concerns one member of the household. */
  memberId: string | null;
  /** Set when the document concerns one dependant of the household. */
  dependantId: string | null;
};

/**
 * Writes the row of a file already stored, PENDING for staff review, and
 * its `document.uploaded` audit entry. The caller has checked that the
 * member or dependant belongs to the actor's household.
 */
export async function insertSupportingDocument(
  tx: DbClient,
  actor: MemberActor,
  target: DocumentTarget,
  stored: StoredFile,
) {
  const document = await tx.supportingDocument.create({
    data: {
      householdId: actor.householdId,
      memberId: target.memberId,
      dependantId: target.dependantId,
      type: target.type,
      year: target.year,
      ...stored,
      uploadedById: actor.userId,
    },
  });
  await recordAudit(tx, {
    action: "document.uploaded",
    actorId: actor.userId,
    entityType: "SupportingDocument",
    entityId: document.id,
    householdId: actor.householdId,
    after: {
      type: document.type,
      year: document.year,
      memberId: document.memberId,
      dependantId: document.dependantId,
      contentType: document.contentType,
      sizeBytes: document.sizeBytes,
      sha256: document.sha256,
    },
  });
  return document;
}
