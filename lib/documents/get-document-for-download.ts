import type { MemberActor, StaffActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { staffCanSeeDocumentType } from "@/lib/documents/access";
import { extensionForContentType, safeDownloadName } from "@/lib/documents/file-check";
import { DomainError } from "@/lib/errors";
import { storage } from "@/lib/storage";

/** The requester of a document's file: a member of a household, or a staff member. */
export type DocumentReader = MemberActor | StaffActor;

function isMemberActor(actor: DocumentReader): actor is MemberActor {
  return "householdId" in actor;
}

/**
 * Reads a supporting document's file for download. Members of the
 * household that owns it may read it, and staff whose sector may see its
 * type (lib/documents/access.ts). Anyone else, and a deleted or missing
 * document, gets `not_found`, so ids cannot be probed.
 */
export async function getDocumentForDownload(actor: DocumentReader, documentId: string) {
  const document = await db.supportingDocument.findFirst({
    where: { id: documentId, deletedAt: null },
    select: {
      id: true,
      householdId: true,
      type: true,
      storageKey: true,
      originalName: true,
      contentType: true,
    },
  });
  const allowed =
    document &&
    (isMemberActor(actor)
      ? document.householdId === actor.householdId
      : staffCanSeeDocumentType(actor, document.type));
  if (!document || !allowed) throw new DomainError("not_found");

  const bytes = await storage.get(document.storageKey);
  const extension = extensionForContentType(document.contentType) ?? "bin";
  const baseName = document.originalName.replace(/\.[^.]*$/, "");
  return {
    id: document.id,
    bytes,
    contentType: document.contentType,
    fileName: safeDownloadName(baseName, extension),
  };
}
