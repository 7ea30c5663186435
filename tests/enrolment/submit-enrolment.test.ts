import { describe, expect, it } from "vitest";

import { verifyPassword } from "@/lib/auth/password";
import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { submitEnrolment } from "@/lib/enrolment/submit-enrolment";
import { DomainError } from "@/lib/errors";
import { storage } from "@/lib/storage";

import {
  ENROLMENT_PASSWORD,
  enrolmentInput,
  storedCopies,
  uniqueProofPdf,
} from "../support/enrolment";
import { uniqueSuffix } from "../support/factories";

/** Runs `promise` and returns the DomainError it raised. */
async function domainErrorOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function rowsForEmployeeNumber(employeeNumber: string) {
  const member = await db.member.findUnique({ where: { employeeNumber } });
  return member;
}

describe("submitEnrolment", () => {
  it("creates the account, household, member and pending membership", async () => {
    const input = enrolmentInput();
    const proof = uniqueProofPdf();

    const result = await submitEnrolment(input, proof);

    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user.email).toBe(input.email);
    expect(user.role).toBe("MEMBER");
    expect(await verifyPassword(user.passwordHash, ENROLMENT_PASSWORD)).toBe(true);

    const household = await db.household.findUniqueOrThrow({ where: { id: result.householdId } });
    expect(household.communeCode).toBe("31555");
    expect(household.communeName).toBe("Toulouse");
    expect(household.postalCode).toBe("31000");
    expect(household.addressLine2).toBeNull();

    const member = await db.member.findUniqueOrThrow({ where: { id: result.memberId } });
    expect(member.userId).toBe(user.id);
    expect(member.householdId).toBe(household.id);
    expect(member.employeeNumber).toBe(input.employeeNumber);
    expect(member.status).toBe("ACTIVE");
    expect(member.birthDate.toISOString()).toBe("1984-06-21T00:00:00.000Z");
    expect(member.phone).toBe("0561223344");

    const membership = await db.membership.findUniqueOrThrow({
      where: { id: result.membershipId },
    });
    expect(membership.memberId).toBe(member.id);
    expect(membership.year).toBe(currentYear());
    expect(membership.status).toBe("PENDING");
  });

  it("stores the proof as a pending payslip of the member", async () => {
    const proof = uniqueProofPdf();
    const result = await submitEnrolment(enrolmentInput(), proof);

    const document = await db.supportingDocument.findUniqueOrThrow({
      where: { id: result.documentId },
    });
    expect(document.type).toBe("PAYSLIP");
    expect(document.status).toBe("PENDING");
    expect(document.memberId).toBe(result.memberId);
    expect(document.householdId).toBe(result.householdId);
    expect(document.year).toBe(currentYear());
    expect(document.contentType).toBe("application/pdf");
    expect(document.uploadedById).toBe(result.userId);
    expect(Buffer.from(await storage.get(document.storageKey))).toEqual(Buffer.from(proof.bytes));
  });

  it("asks a retiree for a pension slip", async () => {
    const result = await submitEnrolment(enrolmentInput({ status: "RETIRED" }), uniqueProofPdf());

    const document = await db.supportingDocument.findUniqueOrThrow({
      where: { id: result.documentId },
    });
    expect(document.type).toBe("PENSION_SLIP");
  });

  it("records the audit entry and queues the acknowledgement", async () => {
    const input = enrolmentInput();
    const result = await submitEnrolment(input, uniqueProofPdf());

    const audit = await db.auditEntry.findMany({
      where: { entityType: "Member", entityId: result.memberId },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe("member.enrolled");
    expect(audit[0].actorId).toBe(result.userId);
    expect(audit[0].householdId).toBe(result.householdId);

    const emails = await db.outboundEmail.findMany({ where: { to: input.email } });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toBe("Nous avons reçu votre demande d'adhésion");
    expect(emails[0].text).toContain(`Bonjour ${input.firstName},`);
    expect(emails[0].text).toContain(input.employeeNumber);
  });

  it("stores the e-mail trimmed and in lower case", async () => {
    const email = `Camille.${uniqueSuffix()}@Example.TEST`;
    const result = await submitEnrolment(
      enrolmentInput({ email: `  ${email} ` }),
      uniqueProofPdf(),
    );

    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user.email).toBe(email.toLowerCase());
  });

  it("rejects an e-mail taken in another case", async () => {
    const first = enrolmentInput();
    await submitEnrolment(first, uniqueProofPdf());
    const second = enrolmentInput({ email: `  ${first.email.toUpperCase()}  ` });
    const proof = uniqueProofPdf();

    const error = await domainErrorOf(submitEnrolment(second, proof));

    expect(error.code).toBe("email_taken");
    expect(error.field).toBe("email");
    expect(await rowsForEmployeeNumber(second.employeeNumber)).toBeNull();
    expect(await storedCopies(proof.bytes)).toEqual([]);
  });

  it("rejects an employee number already enrolled", async () => {
    const first = enrolmentInput();
    await submitEnrolment(first, uniqueProofPdf());
    const second = enrolmentInput({ employeeNumber: first.employeeNumber.toLowerCase() });
    const proof = uniqueProofPdf();

    const error = await domainErrorOf(submitEnrolment(second, proof));

    expect(error.code).toBe("employee_number_taken");
    expect(error.field).toBe("employeeNumber");
    expect(await db.user.findUnique({ where: { email: second.email } })).toBeNull();
    expect(await storedCopies(proof.bytes)).toEqual([]);
  });

  it("lets one of two simultaneous requests through", async () => {
    const first = enrolmentInput();
    const second = enrolmentInput({ email: first.email });

    const results = await Promise.allSettled([
      submitEnrolment(first, uniqueProofPdf()),
      submitEnrolment(second, uniqueProofPdf()),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
    expect((rejected as PromiseRejectedResult).reason.code).toBe("email_taken");
    expect(await db.user.count({ where: { email: first.email } })).toBe(1);
  });

  it.each([
    {
      name: "an unknown commune",
      overrides: { communeCode: "75056", postalCode: "75001" },
      code: "commune_unknown",
      field: "communeCode",
    },
    {
      name: "a postal code of another commune",
      overrides: { communeCode: "31555", postalCode: "31700" },
      code: "postal_code_mismatch",
      field: "postalCode",
    },
  ])("rejects $name", async ({ overrides, code, field }) => {
    const input = enrolmentInput(overrides);
    const proof = uniqueProofPdf();

    const error = await domainErrorOf(submitEnrolment(input, proof));

    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(await db.user.findUnique({ where: { email: input.email } })).toBeNull();
    expect(await storedCopies(proof.bytes)).toEqual([]);
  });

  it("rejects a request without a proof", async () => {
    const input = enrolmentInput();

    const error = await domainErrorOf(submitEnrolment(input, null));

    expect(error.code).toBe("file_empty");
    expect(error.field).toBe("proof");
    expect(await db.user.findUnique({ where: { email: input.email } })).toBeNull();
  });

  it("rejects HTML renamed .jpg and leaves nothing behind", async () => {
    const input = enrolmentInput();
    const html = `<!doctype html><html><body>${uniqueSuffix()}</body></html>`;
    const proof = { name: "bulletin.jpg", bytes: new TextEncoder().encode(html) };

    const error = await domainErrorOf(submitEnrolment(input, proof));

    expect(error.code).toBe("file_type_not_allowed");
    expect(error.field).toBe("proof");
    expect(await db.user.findUnique({ where: { email: input.email } })).toBeNull();
    expect(await rowsForEmployeeNumber(input.employeeNumber)).toBeNull();
    expect(await db.outboundEmail.count({ where: { to: input.email } })).toBe(0);
    expect(await storedCopies(proof.bytes)).toEqual([]);
  });
});
