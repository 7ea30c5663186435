import { describe, expect, it } from "vitest";

import { auditFieldLabelKey, auditValueKey } from "@/lib/staff/audit-view";
import { adminMessage } from "../support/admin-messages";

/** Fields that the domain functions record in audit entries, by entity type. */
const RECORDED_FIELDS: [entityType: string, fields: string[]][] = [
  [
    "Member",
    [
      "employeeNumber",
      "employer",
      "status",
      "membershipId",
      "membershipYear",
      "documentId",
      "phone",
    ],
  ],
  ["Membership", ["status", "year", "rejectionReason", "documentId"]],
  ["Household", ["addressLine1", "addressLine2", "postalCode", "communeCode", "communeName"]],
  [
    "Dependant",
    [
      "relation",
      "firstName",
      "lastName",
      "birthDate",
      "disability",
      "notes",
      "status",
      "rejectionReason",
      "archivedAt",
    ],
  ],
  [
    "SupportingDocument",
    [
      "type",
      "year",
      "status",
      "rejectionReason",
      "memberId",
      "dependantId",
      "contentType",
      "sizeBytes",
      "sha256",
    ],
  ],
  [
    "HouseholdQuotient",
    [
      "year",
      "referenceIncomeCents",
      "taxShareHundredths",
      "quotientCents",
      "bracket",
      "documentId",
    ],
  ],
];

describe("audit field labels", () => {
  const cases = RECORDED_FIELDS.flatMap(([entityType, fields]) =>
    fields.map((field) => [entityType, field] as const),
  );

  it.each(cases)("labels %s.%s in French", async (entityType, field) => {
    const label = await adminMessage(auditFieldLabelKey(entityType, field));

    expect(typeof label).toBe("string");
  });

  it("labels a member's status as the situation", async () => {
    expect(await adminMessage(auditFieldLabelKey("Member", "status"))).toBe("Situation");
    expect(await adminMessage(auditValueKey("Member", "status", "ACTIVE")!)).toBe("En activité");
    expect(await adminMessage(auditValueKey("Member", "status", "RETIRED")!)).toBe("Retraité");
  });

  it("labels a membership's status as a status", async () => {
    expect(await adminMessage(auditFieldLabelKey("Membership", "status"))).toBe("Statut");
    expect(await adminMessage(auditValueKey("Membership", "status", "PENDING")!)).toBe(
      "En attente",
    );
  });

  it("labels a document id neutrally", async () => {
    expect(await adminMessage(auditFieldLabelKey("Member", "documentId"))).toBe("Justificatif");
  });

  it.each([
    ["SupportingDocument", "type", "PAYSLIP", "Bulletin de salaire"],
    ["Dependant", "relation", "CHILD", "Enfant"],
    ["Dependant", "disability", true, "Oui"],
    ["Dependant", "disability", false, "Non"],
  ] as const)("translates %s.%s = %s", async (entityType, field, value, expected) => {
    expect(await adminMessage(auditValueKey(entityType, field, value)!)).toBe(expected);
  });

  it("keeps free text as recorded", () => {
    expect(auditValueKey("Membership", "rejectionReason", "Illisible")).toBeNull();
  });
});
