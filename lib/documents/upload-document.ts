import { assertActiveMembership } from "@/lib/account/membership";
import type { MemberActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { insertSupportingDocument, type DocumentTarget } from "@/lib/documents/insert-document";
import { uploadableYears } from "@/lib/documents/schemas";
import { withStoredFile, type UploadedFile } from "@/lib/documents/store-file";
import { DomainError } from "@/lib/errors";
import { DocumentType } from "@/lib/generated/prisma/enums";

/**
 * Stores a supporting document of the actor's household, PENDING for staff
 * review. The member or dependant it concerns must belong to that household
 * (a dependant not archived), else `not_found`. The file is checked by
 * content; a rejected file leaves neither a row nor a stored file.
 */
export async function uploadDocument(
  actor: MemberActor,
  target: DocumentTarget,
  file: UploadedFile | null,
) {
  if (!Object.values(DocumentType).includes(target.type)) {
    throw new DomainError("invalid_input", { field: "type" });
  }
  if (!uploadableYears().includes(target.year)) {
    throw new DomainError("invalid_input", { field: "year" });
  }
  if (target.memberId && target.dependantId) {
    throw new DomainError("invalid_input", { field: "person" });
  }
  await assertActiveMembership(db, actor);
  await assertPersonInHousehold(actor, target);
  if (!file) throw new DomainError("file_empty", { field: "file" });

  return withStoredFile(file, "file", (stored) =>
    db.$transaction(async (tx) => {
      // Checked again inside the transaction: the dependant may have been
      // archived since the first check.
      await assertPersonInHousehold(actor, target, tx);
      return insertSupportingDocument(tx, actor, target, stored);
    }),
  );
}

async function assertPersonInHousehold(
  actor: MemberActor,
  target: DocumentTarget,
  client: Pick<typeof db, "member" | "dependant"> = db,
) {
  if (target.memberId) {
    const member = await client.member.findFirst({
      where: { id: target.memberId, householdId: actor.householdId },
      select: { id: true },
    });
    if (!member) throw new DomainError("not_found", { field: "person" });
  }
  if (target.dependantId) {
    const dependant = await client.dependant.findFirst({
      where: { id: target.dependantId, householdId: actor.householdId, archivedAt: null },
      select: { id: true },
    });
    if (!dependant) throw new DomainError("not_found", { field: "person" });
  }
}
