import { describe, expect, it } from "vitest";

import { resubmitMembership } from "@/lib/account/resubmit-membership";
import { db } from "@/lib/db";
import { listInbox } from "@/lib/staff/inbox";
import { getMembershipForReview } from "@/lib/staff/review-items";
import { rejectMembership, validateMembership } from "@/lib/staff/review-membership";

import { createMemberHousehold, createStaffUser } from "../support/factories";
import {
  domainErrorOf,
  htmlBytes,
  pdfBytes,
  storedCopies,
  uploadedFile,
} from "../support/member-fixtures";
import { createPendingEnrolment } from "../support/staff-factories";

const REASON = "Le bulletin de salaire est illisible.";

/**
 * Creates an enrolment that staff rejected. `createdAt` dates the request
 * in the past, so the inbox's age filter finds it apart from other tests.
 */
async function createRejectedEnrolment(options: { createdAt?: Date } = {}) {
  const enrolment = await createPendingEnrolment(options);
  const staff = await createStaffUser(["FICHIER_ADHESIONS"]);
  await rejectMembership(staff.actor, { membershipId: enrolment.membership.id, reason: REASON });
  return { ...enrolment, staff };
}

function membershipOf(id: string) {
  return db.membership.findUniqueOrThrow({ where: { id } });
}

describe("resubmitMembership", () => {
  it("resubmits with a new payslip", async () => {
    const enrolment = await createRejectedEnrolment();
    const file = uploadedFile("bulletin-lisible.pdf", pdfBytes());

    const result = await resubmitMembership(
      enrolment.actor,
      { membershipId: enrolment.membership.id },
      file,
    );

    const membership = await membershipOf(enrolment.membership.id);
    expect(membership.status).toBe("PENDING");
    expect(membership.rejectionReason).toBeNull();
    expect(membership.reviewedAt).toBeNull();

    const document = await db.supportingDocument.findUniqueOrThrow({
      where: { id: result.documentId },
    });
    expect(document.type).toBe("PAYSLIP");
    expect(document.status).toBe("PENDING");
    expect(document.memberId).toBe(enrolment.member.id);
    expect(document.householdId).toBe(enrolment.household.id);
    expect(document.originalName).toBe("bulletin-lisible.pdf");
    expect(await storedCopies(file.bytes)).toBe(1);

    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: enrolment.membership.id, action: "membership.resubmitted" },
    });
    expect(audit.actorId).toBe(enrolment.user.id);
    expect(audit.householdId).toBe(enrolment.household.id);
    expect(audit.before).toMatchObject({ status: "REJECTED", rejectionReason: REASON });
    expect(audit.after).toMatchObject({ status: "PENDING", documentId: document.id });

    const emails = await db.outboundEmail.findMany({
      where: { to: enrolment.user.email, subject: { contains: "nouveau justificatif" } },
    });
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain("de nouveau en cours de vérification");
    expect(emails[0].text).toContain("http://127.0.0.1:3999/account");
  });

  it("returns it to the staff inbox", async () => {
    const now = new Date(Date.UTC(1950, 5, 15, 12));
    const createdAt = new Date(Date.UTC(1950, 5, 12, 12));
    const enrolment = await createRejectedEnrolment({ createdAt });
    const filters = { kind: "membership", age: "2to7" } as const;
    const before = await listInbox(enrolment.staff.actor, filters, now);
    expect(before.items.map((item) => item.id)).not.toContain(enrolment.membership.id);

    const { documentId } = await resubmitMembership(
      enrolment.actor,
      { membershipId: enrolment.membership.id },
      uploadedFile("bulletin.pdf", pdfBytes()),
    );

    const after = await listInbox(enrolment.staff.actor, filters, now);
    expect(after.items.map((item) => item.id)).toContain(enrolment.membership.id);

    const review = await getMembershipForReview(enrolment.staff.actor, enrolment.membership.id);
    expect(review.proofs[0].id).toBe(documentId);
    expect(review.proofs[0].status).toBe("PENDING");

    await validateMembership(enrolment.staff.actor, { membershipId: enrolment.membership.id });
    const accepted = await db.supportingDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(accepted.status).toBe("ACCEPTED");
    const oldProof = await db.supportingDocument.findUniqueOrThrow({
      where: { id: enrolment.payslip.id },
    });
    expect(oldProof.status).toBe("REJECTED");
  });

  it("asks a retiree for a pension slip", async () => {
    const enrolment = await createRejectedEnrolment();
    await db.member.update({ where: { id: enrolment.member.id }, data: { status: "RETIRED" } });

    const { documentId } = await resubmitMembership(
      enrolment.actor,
      { membershipId: enrolment.membership.id },
      uploadedFile("pension.pdf", pdfBytes()),
    );

    const document = await db.supportingDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(document.type).toBe("PENSION_SLIP");
  });

  it("rejects another household's actor as not found", async () => {
    const enrolment = await createRejectedEnrolment();
    const other = await createMemberHousehold();

    const error = await domainErrorOf(
      resubmitMembership(
        other.actor,
        { membershipId: enrolment.membership.id },
        uploadedFile("bulletin.pdf", pdfBytes()),
      ),
    );

    expect(error.code).toBe("not_found");
    expect((await membershipOf(enrolment.membership.id)).status).toBe("REJECTED");
  });

  it.each(["ACTIVE", "PENDING"] as const)("rejects a %s membership", async (status) => {
    const household = await createMemberHousehold({ membershipStatus: status });
    const membership = await db.membership.findFirstOrThrow({
      where: { memberId: household.member.id },
    });
    const file = uploadedFile("bulletin.pdf", pdfBytes());

    const error = await domainErrorOf(
      resubmitMembership(household.actor, { membershipId: membership.id }, file),
    );

    expect(error.code).toBe("membership_not_rejected");
    expect((await membershipOf(membership.id)).status).toBe(status);
    expect(await db.supportingDocument.count({ where: { memberId: household.member.id } })).toBe(0);
    expect(await storedCopies(file.bytes)).toBe(0);
  });

  it("accepts only one of two resubmissions", async () => {
    const enrolment = await createRejectedEnrolment();
    const input = { membershipId: enrolment.membership.id };
    const second = uploadedFile("second.pdf", pdfBytes(7));

    await resubmitMembership(enrolment.actor, input, uploadedFile("first.pdf", pdfBytes(3)));
    const error = await domainErrorOf(resubmitMembership(enrolment.actor, input, second));

    expect(error.code).toBe("membership_not_rejected");
    expect(await storedCopies(second.bytes)).toBe(0);
  });

  it("leaves nothing behind for a bad file", async () => {
    const enrolment = await createRejectedEnrolment();
    const documentsBefore = await db.supportingDocument.count({
      where: { memberId: enrolment.member.id },
    });
    const file = uploadedFile("bulletin.pdf", htmlBytes());

    const error = await domainErrorOf(
      resubmitMembership(enrolment.actor, { membershipId: enrolment.membership.id }, file),
    );

    expect(error.field).toBe("file");
    const membership = await membershipOf(enrolment.membership.id);
    expect(membership.status).toBe("REJECTED");
    expect(membership.rejectionReason).toBe(REASON);
    expect(await db.supportingDocument.count({ where: { memberId: enrolment.member.id } })).toBe(
      documentsBefore,
    );
    expect(
      await db.auditEntry.count({
        where: { entityId: enrolment.membership.id, action: "membership.resubmitted" },
      }),
    ).toBe(0);
    expect(await storedCopies(file.bytes)).toBe(0);
  });

  it("requires a file", async () => {
    const enrolment = await createRejectedEnrolment();

    const error = await domainErrorOf(
      resubmitMembership(enrolment.actor, { membershipId: enrolment.membership.id }, null),
    );

    expect(error.code).toBe("file_empty");
    expect(error.field).toBe("file");
    expect((await membershipOf(enrolment.membership.id)).status).toBe("REJECTED");
  });
});
