import { describe, expect, it } from "vitest";

import type { StaffActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { acceptDocument, rejectDocument } from "@/lib/staff/review-document";
import { rejectDependant, validateDependant } from "@/lib/staff/review-dependant";
import { rejectMembership, validateMembership } from "@/lib/staff/review-membership";
import { createMemberHousehold, createStaffUser } from "../support/factories";
import {
  createDocument,
  createPendingChild,
  createPendingEnrolment,
} from "../support/staff-factories";

async function expectDomainError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toBeInstanceOf(DomainError);
  await expect(promise).rejects.toMatchObject({ code });
}

function auditEntries(entityId: string) {
  return db.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
}

function emailsTo(email: string) {
  return db.outboundEmail.findMany({ where: { to: email } });
}

/** Creates a member household with one pending document of `type` for the whole household. */
async function createHouseholdDocument(type: DocumentType) {
  const household = await createMemberHousehold();
  const document = await createDocument({
    householdId: household.household.id,
    uploadedById: household.user.id,
    type,
  });
  return { household, document };
}

/** Creates a member household with a child waiting for review and its proof. */
async function createHouseholdChild() {
  const household = await createMemberHousehold();
  const child = await createPendingChild({
    householdId: household.household.id,
    uploadedById: household.user.id,
  });
  return { household, ...child };
}

describe("validateMembership", () => {
  it("activates the membership and accepts its payslip", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);
    const enrolment = await createPendingEnrolment();

    await validateMembership(actor, { membershipId: enrolment.membership.id });

    const membership = await db.membership.findUniqueOrThrow({
      where: { id: enrolment.membership.id },
    });
    expect(membership.status).toBe("ACTIVE");
    expect(membership.reviewedById).toBe(actor.userId);
    const payslip = await db.supportingDocument.findUniqueOrThrow({
      where: { id: enrolment.payslip.id },
    });
    expect(payslip.status).toBe("ACCEPTED");

    const [audit] = await auditEntries(enrolment.membership.id);
    expect(audit.action).toBe("membership.validated");
    expect(audit.actorId).toBe(actor.userId);
    expect(audit.householdId).toBe(enrolment.household.id);
    expect(audit.before).toMatchObject({ status: "PENDING" });
    expect(audit.after).toMatchObject({ status: "ACTIVE" });
    const [payslipAudit] = await auditEntries(enrolment.payslip.id);
    expect(payslipAudit.action).toBe("document.accepted");

    const emails = await emailsTo(enrolment.user.email);
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toContain("validée");
  });
});

describe("rejectMembership", () => {
  it("rejects with the reason and tells the member", async () => {
    const { actor } = await createStaffUser(["SECRETARIAT"]);
    const enrolment = await createPendingEnrolment();

    await rejectMembership(actor, {
      membershipId: enrolment.membership.id,
      reason: "  Bulletin illisible  ",
    });

    const membership = await db.membership.findUniqueOrThrow({
      where: { id: enrolment.membership.id },
    });
    expect(membership.status).toBe("REJECTED");
    expect(membership.rejectionReason).toBe("Bulletin illisible");
    const payslip = await db.supportingDocument.findUniqueOrThrow({
      where: { id: enrolment.payslip.id },
    });
    expect(payslip.status).toBe("REJECTED");
    expect(payslip.rejectionReason).toBe("Bulletin illisible");

    const [audit] = await auditEntries(enrolment.membership.id);
    expect(audit.action).toBe("membership.rejected");
    expect(audit.after).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Bulletin illisible",
    });

    const [email] = await emailsTo(enrolment.user.email);
    expect(email.text).toContain("Bulletin illisible");
  });

  it.each([
    { name: "empty", reason: "" },
    { name: "blank", reason: "   \n " },
  ])("refuses a $name reason", async ({ reason }) => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);
    const enrolment = await createPendingEnrolment();

    await expectDomainError(
      rejectMembership(actor, { membershipId: enrolment.membership.id, reason }),
      "reason_required",
    );

    const membership = await db.membership.findUniqueOrThrow({
      where: { id: enrolment.membership.id },
    });
    expect(membership.status).toBe("PENDING");
    expect(await auditEntries(enrolment.membership.id)).toHaveLength(0);
    expect(await emailsTo(enrolment.user.email)).toHaveLength(0);
  });
});

describe("decisions by two staff at once", () => {
  it("validates a membership once", async () => {
    const first = await createStaffUser(["FICHIER_ADHESIONS"]);
    const second = await createStaffUser(["SECRETARIAT"]);
    const enrolment = await createPendingEnrolment();
    const input = { membershipId: enrolment.membership.id };

    const results = await Promise.allSettled([
      validateMembership(first.actor, input),
      rejectMembership(second.actor, { ...input, reason: "Doublon" }),
    ]);

    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({
      code: "already_reviewed",
    });
    expect(await auditEntries(enrolment.membership.id)).toHaveLength(1);
    expect(await emailsTo(enrolment.user.email)).toHaveLength(1);
  });

  it("accepts a document once", async () => {
    const first = await createStaffUser(["FICHIER_ADHESIONS"]);
    const second = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const { document } = await createHouseholdDocument("BANK_DETAILS");

    const results = await Promise.allSettled([
      acceptDocument(first.actor, { documentId: document.id }),
      acceptDocument(second.actor, { documentId: document.id }),
    ]);

    const codes = results.map((result) =>
      result.status === "fulfilled" ? "ok" : (result.reason as DomainError).code,
    );
    expect(codes.sort()).toEqual(["already_reviewed", "ok"]);
    expect(await auditEntries(document.id)).toHaveLength(1);
  });

  it("validates a child once", async () => {
    const first = await createStaffUser(["FICHIER_ADHESIONS"]);
    const second = await createStaffUser(["DIRECTION"]);
    const { dependant } = await createHouseholdChild();

    const results = await Promise.allSettled([
      validateDependant(first.actor, { dependantId: dependant.id }),
      validateDependant(second.actor, { dependantId: dependant.id }),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await auditEntries(dependant.id)).toHaveLength(1);
  });
});

describe("validateDependant and rejectDependant", () => {
  it("validates the child and accepts its proof", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);
    const { household, dependant, proof } = await createHouseholdChild();

    await validateDependant(actor, { dependantId: dependant.id });

    const saved = await db.dependant.findUniqueOrThrow({ where: { id: dependant.id } });
    expect(saved.status).toBe("VALIDATED");
    const savedProof = await db.supportingDocument.findUniqueOrThrow({ where: { id: proof.id } });
    expect(savedProof.status).toBe("ACCEPTED");
    const [audit] = await auditEntries(dependant.id);
    expect(audit.action).toBe("dependant.validated");
    const [email] = await emailsTo(household.user.email);
    expect(email.subject).toContain("Léa Test");
  });

  it("leaves a medical certificate for Action sociale", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);
    const { household, dependant } = await createHouseholdChild();
    const certificate = await createDocument({
      householdId: household.household.id,
      dependantId: dependant.id,
      uploadedById: household.user.id,
      type: "MEDICAL_CERTIFICATE",
    });

    await validateDependant(actor, { dependantId: dependant.id });

    const saved = await db.supportingDocument.findUniqueOrThrow({ where: { id: certificate.id } });
    expect(saved.status).toBe("PENDING");
  });

  it("rejects the child with a reason", async () => {
    const { actor } = await createStaffUser(["SECRETARIAT"]);
    const { household, dependant, proof } = await createHouseholdChild();

    await rejectDependant(actor, { dependantId: dependant.id, reason: "Acte manquant" });

    const saved = await db.dependant.findUniqueOrThrow({ where: { id: dependant.id } });
    expect(saved.status).toBe("REJECTED");
    expect(saved.rejectionReason).toBe("Acte manquant");
    const savedProof = await db.supportingDocument.findUniqueOrThrow({ where: { id: proof.id } });
    expect(savedProof.status).toBe("REJECTED");
    const [audit] = await auditEntries(dependant.id);
    expect(audit.action).toBe("dependant.rejected");
    const [email] = await emailsTo(household.user.email);
    expect(email.text).toContain("Acte manquant");
  });
});

describe("acceptDocument and rejectDocument", () => {
  it("accepts a document and tells the member", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const { household, document } = await createHouseholdDocument("BANK_DETAILS");

    await acceptDocument(actor, { documentId: document.id });

    const saved = await db.supportingDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(saved.status).toBe("ACCEPTED");
    expect(saved.reviewedById).toBe(actor.userId);
    const [audit] = await auditEntries(document.id);
    expect(audit.action).toBe("document.accepted");
    expect(audit.before).toMatchObject({ status: "PENDING", type: "BANK_DETAILS" });
    expect(audit.after).toMatchObject({ status: "ACCEPTED" });
    const [email] = await emailsTo(household.user.email);
    expect(email.subject).toContain("RIB");
  });

  it("rejects a document with the reason", async () => {
    const { actor } = await createStaffUser(["ACTION_SOCIALE"]);
    const { household, document } = await createHouseholdDocument("MEDICAL_CERTIFICATE");

    await rejectDocument(actor, { documentId: document.id, reason: "Certificat périmé" });

    const saved = await db.supportingDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(saved.status).toBe("REJECTED");
    expect(saved.rejectionReason).toBe("Certificat périmé");
    const [audit] = await auditEntries(document.id);
    expect(audit.action).toBe("document.rejected");
    expect(audit.after).toMatchObject({ rejectionReason: "Certificat périmé" });
    const [email] = await emailsTo(household.user.email);
    expect(email.text).toContain("Certificat périmé");
  });

  it("refuses a rejection without reason", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);
    const { document } = await createHouseholdDocument("SCHOOL_CERTIFICATE");

    await expectDomainError(
      rejectDocument(actor, { documentId: document.id, reason: " " }),
      "reason_required",
    );
    const saved = await db.supportingDocument.findUniqueOrThrow({ where: { id: document.id } });
    expect(saved.status).toBe("PENDING");
  });

  it("raises already_reviewed on a decided document", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);
    const { document } = await createHouseholdDocument("SCHOOL_CERTIFICATE");
    await acceptDocument(actor, { documentId: document.id });

    await expectDomainError(
      rejectDocument(actor, { documentId: document.id, reason: "Trop tard" }),
      "already_reviewed",
    );
  });
});

describe("decisions without the sector", () => {
  type Setup = Awaited<ReturnType<typeof createItems>>;

  async function createItems() {
    const enrolment = await createPendingEnrolment();
    const { dependant } = await createPendingChild({
      householdId: enrolment.household.id,
      uploadedById: enrolment.user.id,
    });
    const certificate = await createDocument({
      householdId: enrolment.household.id,
      uploadedById: enrolment.user.id,
      type: "MEDICAL_CERTIFICATE",
    });
    const payslip = enrolment.payslip;
    return { membership: enrolment.membership, dependant, certificate, payslip };
  }

  const decisions: {
    name: string;
    decide: (actor: StaffActor, items: Setup) => Promise<unknown>;
  }[] = [
    {
      name: "validateMembership",
      decide: (actor, items) => validateMembership(actor, { membershipId: items.membership.id }),
    },
    {
      name: "rejectMembership",
      decide: (actor, items) =>
        rejectMembership(actor, { membershipId: items.membership.id, reason: "Non" }),
    },
    {
      name: "validateDependant",
      decide: (actor, items) => validateDependant(actor, { dependantId: items.dependant.id }),
    },
    {
      name: "rejectDependant",
      decide: (actor, items) =>
        rejectDependant(actor, { dependantId: items.dependant.id, reason: "Non" }),
    },
    {
      name: "acceptDocument",
      decide: (actor, items) => acceptDocument(actor, { documentId: items.payslip.id }),
    },
    {
      name: "rejectDocument",
      decide: (actor, items) =>
        rejectDocument(actor, { documentId: items.payslip.id, reason: "Non" }),
    },
  ];

  it.each(decisions)("$name raises not_found for another sector", async ({ decide }) => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS", "ACTION_SOCIALE"]);
    const items = await createItems();

    await expectDomainError(decide(actor, items), "not_found");
  });

  it.each(decisions)("$name raises not_found for a member", async ({ decide }) => {
    const items = await createItems();
    const { user } = await createMemberHousehold();
    // A member's id passed off as Direction staff: the role is read again
    // from the database.
    const forged: StaffActor = { userId: user.id, role: "STAFF", sectors: ["DIRECTION"] };

    await expectDomainError(decide(forged, items), "not_found");
  });

  it.each(decisions)("$name raises not_found for a disabled account", async ({ decide }) => {
    const { user, actor } = await createStaffUser(["DIRECTION"]);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const items = await createItems();

    await expectDomainError(decide(actor, items), "not_found");
  });

  it("keeps medical certificates from the member file sectors", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS", "SECRETARIAT"]);
    const items = await createItems();

    await expectDomainError(
      acceptDocument(actor, { documentId: items.certificate.id }),
      "not_found",
    );
    await expectDomainError(
      rejectDocument(actor, { documentId: items.certificate.id, reason: "Non" }),
      "not_found",
    );
  });

  it("lets an admin decide anything", async () => {
    const items = await createItems();
    const { actor } = await createStaffUser([]);
    await db.user.update({ where: { id: actor.userId }, data: { role: "ADMIN" } });
    const admin: StaffActor = { ...actor, role: "ADMIN" };

    await acceptDocument(admin, { documentId: items.certificate.id });
    await validateDependant(admin, { dependantId: items.dependant.id });

    const saved = await db.supportingDocument.findUniqueOrThrow({
      where: { id: items.certificate.id },
    });
    expect(saved.status).toBe("ACCEPTED");
  });

  it("raises not_found for an unknown id", async () => {
    const { actor } = await createStaffUser(["DIRECTION"]);

    await expectDomainError(validateMembership(actor, { membershipId: "missing" }), "not_found");
    await expectDomainError(acceptDocument(actor, { documentId: "missing" }), "not_found");
    await expectDomainError(validateDependant(actor, { dependantId: "missing" }), "not_found");
  });
});
