import "server-only";

import { recordAudit } from "@/lib/audit";
import { hashPassword, normalizeEmail } from "@/lib/auth/password";
import { findCommune } from "@/lib/communes";
import { currentYear, parseCalendarDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { uniqueViolationFields } from "@/lib/db/unique-violation";
import { withStoredFile, type UploadedFile } from "@/lib/documents/store-file";
import { queueEmail } from "@/lib/email/outbox";
import type { EnrolmentInput } from "@/lib/enrolment/schemas";
import { DomainError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n";

export type EnrolmentResult = {
  userId: string;
  householdId: string;
  memberId: string;
  membershipId: string;
  documentId: string;
};

/**
 * Records a visitor's request to join in one transaction. It creates the
 * account (role MEMBER), household, member and a PENDING membership for the
 * current year. It stores the proof (a payslip, or a pension slip for a
 * retiree) and writes an audit entry and an acknowledgement e-mail. Staff
 * validate the membership later.
 *
 * Raises `commune_unknown` (communeCode), `postal_code_mismatch`
 * (postalCode), `file_empty` or a file check error (proof), `email_taken`
 * (email) and `employee_number_taken` (employeeNumber). On any failure no
 * row is written and the stored file is removed.
 */
export async function submitEnrolment(
  input: EnrolmentInput,
  proof: UploadedFile | null,
): Promise<EnrolmentResult> {
  const commune = findCommune(input.communeCode);
  if (!commune) throw new DomainError("commune_unknown", { field: "communeCode" });
  if (!commune.postalCodes.includes(input.postalCode)) {
    throw new DomainError("postal_code_mismatch", { field: "postalCode" });
  }
  const birthDate = parseCalendarDate(input.birthDate);
  if (!birthDate) throw new DomainError("invalid_input", { field: "birthDate" });
  if (!proof) throw new DomainError("file_empty", { field: "proof" });

  const year = currentYear();
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const t = await getTranslator("enrolment");

  return withStoredFile(proof, "proof", async (stored) => {
    try {
      return await db.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: {
            email,
            passwordHash,
            role: "MEMBER",
            displayName: `${input.firstName} ${input.lastName}`,
          },
        });
        const household = await tx.household.create({
          data: {
            addressLine1: input.addressLine1,
            addressLine2: input.addressLine2 || null,
            postalCode: input.postalCode,
            communeCode: commune.code,
            communeName: commune.name,
          },
        });
        const member = await tx.member.create({
          data: {
            userId: user.id,
            householdId: household.id,
            employeeNumber: input.employeeNumber,
            employer: input.employer,
            status: input.status,
            firstName: input.firstName,
            lastName: input.lastName,
            birthDate,
            phone: input.phone,
          },
        });
        const membership = await tx.membership.create({
          data: { memberId: member.id, year, status: "PENDING" },
        });
        const document = await tx.supportingDocument.create({
          data: {
            householdId: household.id,
            memberId: member.id,
            type: input.status === "RETIRED" ? "PENSION_SLIP" : "PAYSLIP",
            year,
            status: "PENDING",
            ...stored,
            uploadedById: user.id,
          },
        });

        await recordAudit(tx, {
          action: "member.enrolled",
          actorId: user.id,
          entityType: "Member",
          entityId: member.id,
          householdId: household.id,
          after: {
            employeeNumber: member.employeeNumber,
            employer: member.employer,
            status: member.status,
            membershipId: membership.id,
            membershipYear: year,
            documentId: document.id,
          },
        });
        await queueEmail(tx, {
          to: email,
          subject: t("email.subject"),
          text: t("email.body", {
            firstName: input.firstName,
            year,
            employeeNumber: input.employeeNumber,
          }),
        });

        return {
          userId: user.id,
          householdId: household.id,
          memberId: member.id,
          membershipId: membership.id,
          documentId: document.id,
        };
      });
    } catch (error) {
      throw duplicateError(error) ?? error;
    }
  });
}

/** Maps a unique violation on the account's e-mail or the employee number to its field. */
function duplicateError(error: unknown): DomainError | null {
  const fields = uniqueViolationFields(error);
  if (fields?.includes("email")) return new DomainError("email_taken", { field: "email" });
  if (fields?.includes("employeeNumber")) {
    return new DomainError("employee_number_taken", { field: "employeeNumber" });
  }
  return null;
}
