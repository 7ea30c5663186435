import "server-only";

import { membershipProofType } from "@/lib/account/membership";
import { appUrl } from "@/lib/app-url";
import { recordAudit } from "@/lib/audit";
import type { MemberActor } from "@/lib/auth/guards";
import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { insertSupportingDocument } from "@/lib/documents/insert-document";
import { withStoredFile, type UploadedFile } from "@/lib/documents/store-file";
import { queueEmail } from "@/lib/email/outbox";
import { DomainError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n";

/**
 * Sends a rejected membership of the current year back to staff review
 * with a new proof: a payslip, or a pension slip for a retiree. In one
 * transaction it stores the document, sets the membership back to PENDING
 * without its rejection reason, writes the `membership.resubmitted` audit
 * entry and queues an acknowledgement e-mail.
 *
 * Raises `not_found` when the membership is not the actor's own for the
 * current year, `membership_not_rejected` when it is not (or no longer)
 * REJECTED, and `file_empty` or a file check error (field `file`). On any
 * failure no row is written and the stored file is removed.
 */
export async function resubmitMembership(
  actor: MemberActor,
  input: { membershipId: string },
  file: UploadedFile | null,
) {
  const year = currentYear();
  const membership = await db.membership.findFirst({
    where: { id: input.membershipId, memberId: actor.memberId, year },
    select: {
      id: true,
      status: true,
      rejectionReason: true,
      member: { select: { status: true, firstName: true, user: { select: { email: true } } } },
    },
  });
  if (!membership) throw new DomainError("not_found");
  if (membership.status !== "REJECTED") throw new DomainError("membership_not_rejected");
  if (!file) throw new DomainError("file_empty", { field: "file" });

  const { member } = membership;
  const type = membershipProofType(member.status);
  const t = await getTranslator("account.emails.membershipResubmitted");

  return withStoredFile(file, "file", (stored) =>
    db.$transaction(async (tx) => {
      // Conditional on REJECTED: a second tab or a staff change since the
      // read above must not send the request back twice.
      const { count } = await tx.membership.updateMany({
        where: { id: membership.id, status: "REJECTED" },
        data: { status: "PENDING", rejectionReason: null, reviewedById: null, reviewedAt: null },
      });
      if (count === 0) throw new DomainError("membership_not_rejected");
      // NOTE: createdAt keeps the first request's date, so the staff inbox
      // lists a resubmitted membership as received on that date.

      const target = { type, year, memberId: actor.memberId, dependantId: null } as const;
      const document = await insertSupportingDocument(tx, actor, target, stored);
      await recordAudit(tx, {
        action: "membership.resubmitted",
        actorId: actor.userId,
        entityType: "Membership",
        entityId: membership.id,
        householdId: actor.householdId,
        before: { status: "REJECTED", year, rejectionReason: membership.rejectionReason },
        after: { status: "PENDING", year, rejectionReason: null, documentId: document.id },
      });
      await queueEmail(tx, {
        to: member.user.email,
        subject: t("subject", { year }),
        text: t("body", { firstName: member.firstName, year, link: appUrl("/account") }),
      });

      return { membershipId: membership.id, documentId: document.id };
    }),
  );
}
