import { describe, expect, it } from "vitest";

import type { StaffActor } from "@/lib/auth/guards";
import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { staffCanSeeDocumentType } from "@/lib/documents/access";
import { getDocumentForDownload } from "@/lib/documents/get-document-for-download";
import { uploadDocument } from "@/lib/documents/upload-document";
import { DocumentType, type StaffSector } from "@/lib/generated/prisma/enums";

import { createMemberHousehold, createStaffUser } from "../support/factories";
import {
  createDependantRecord,
  createDocumentRecord,
  domainErrorOf,
  htmlBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  sha256,
  storedCopies,
  uploadedFile,
} from "../support/member-fixtures";

const ELEVEN_MEGABYTES = 11 * 1024 * 1024;

function householdTarget(type: DocumentType = "TAX_NOTICE") {
  return { type, year: currentYear(), memberId: null, dependantId: null };
}

describe("uploadDocument file checks", () => {
  it.each([
    {
      rule: "a PNG named .pdf",
      name: "avis.pdf",
      bytes: pngBytes,
      code: "file_extension_mismatch",
    },
    {
      rule: "an HTML page named .jpg",
      name: "photo.jpg",
      bytes: htmlBytes,
      code: "file_type_not_allowed",
    },
    {
      rule: "an 11 MB PDF",
      name: "gros.pdf",
      bytes: () => pdfBytes(ELEVEN_MEGABYTES),
      code: "file_too_large",
    },
    { rule: "an empty file", name: "vide.pdf", bytes: () => new Uint8Array(0), code: "file_empty" },
  ])("rejects $rule and keeps nothing", async ({ name, bytes: makeBytes, code }) => {
    const { actor } = await createMemberHousehold({ year: currentYear() });
    const bytes = makeBytes();

    const error = await domainErrorOf(
      uploadDocument(actor, householdTarget(), uploadedFile(name, bytes)),
    );

    expect(error.code).toBe(code);
    expect(error.field).toBe("file");
    expect(await db.supportingDocument.count({ where: { householdId: actor.householdId } })).toBe(
      0,
    );
    expect(await db.supportingDocument.count({ where: { sha256: sha256(bytes) } })).toBe(0);
    expect(await storedCopies(bytes)).toBe(0);
  });

  it("rejects a missing file", async () => {
    const { actor } = await createMemberHousehold({ year: currentYear() });

    const error = await domainErrorOf(uploadDocument(actor, householdTarget(), null));

    expect(error.code).toBe("file_empty");
  });

  it.each([
    { rule: "two years ago", year: currentYear() - 2 },
    { rule: "next year", year: currentYear() + 1 },
  ])("rejects a year $rule", async ({ year }) => {
    const { actor } = await createMemberHousehold({ year: currentYear() });

    const error = await domainErrorOf(
      uploadDocument(actor, { ...householdTarget(), year }, uploadedFile("avis.pdf", pdfBytes())),
    );

    expect(error.code).toBe("invalid_input");
    expect(error.field).toBe("year");
  });

  it.each([
    { kind: "PDF", name: "avis.pdf", bytes: pdfBytes, contentType: "application/pdf" },
    { kind: "JPEG", name: "rib.JPEG", bytes: jpegBytes, contentType: "image/jpeg" },
    { kind: "PNG", name: "livret.png", bytes: pngBytes, contentType: "image/png" },
    {
      kind: "file without extension",
      name: "scan",
      bytes: pdfBytes,
      contentType: "application/pdf",
    },
  ])("accepts a $kind", async ({ name, bytes: makeBytes, contentType }) => {
    const { actor } = await createMemberHousehold({ year: currentYear() });
    const bytes = makeBytes();

    const document = await uploadDocument(actor, householdTarget(), uploadedFile(name, bytes));

    expect(document.contentType).toBe(contentType);
    expect(document.status).toBe("PENDING");
    expect(document.householdId).toBe(actor.householdId);
    expect(document.uploadedById).toBe(actor.userId);
    expect(document.sha256).toBe(sha256(bytes));
    expect(await storedCopies(bytes)).toBe(1);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: document.id, action: "document.uploaded" },
    });
    expect(audit.actorId).toBe(actor.userId);
  });

  it("ties a document to the member or to a dependant of the household", async () => {
    const { actor, member, household } = await createMemberHousehold({ year: currentYear() });
    const child = await createDependantRecord(household.id);

    const payslip = await uploadDocument(
      actor,
      { ...householdTarget("PAYSLIP"), memberId: member.id },
      uploadedFile("bulletin.pdf", pdfBytes()),
    );
    const certificate = await uploadDocument(
      actor,
      { ...householdTarget("SCHOOL_CERTIFICATE"), year: currentYear() - 1, dependantId: child.id },
      uploadedFile("certificat.png", pngBytes()),
    );

    expect(payslip.memberId).toBe(member.id);
    expect(payslip.dependantId).toBeNull();
    expect(certificate.dependantId).toBe(child.id);
    expect(certificate.year).toBe(currentYear() - 1);
  });
});

describe("getDocumentForDownload", () => {
  it("returns the bytes, type and a safe name to the household", async () => {
    const { actor } = await createMemberHousehold({ year: currentYear() });
    const bytes = pdfBytes();
    const uploaded = await uploadDocument(
      actor,
      householdTarget(),
      uploadedFile('Avis d\'impôt 2025 "final".pdf', bytes),
    );

    const file = await getDocumentForDownload(actor, uploaded.id);

    expect(Buffer.compare(file.bytes, Buffer.from(bytes))).toBe(0);
    expect(file.contentType).toBe("application/pdf");
    expect(file.fileName).toBe("Avis-d-impot-2025-final.pdf");
  });

  it("hides a deleted document from its household and from staff", async () => {
    const { actor } = await createMemberHousehold({ year: currentYear() });
    const { document } = await createDocumentRecord(actor);
    await db.supportingDocument.update({
      where: { id: document.id },
      data: { deletedAt: new Date() },
    });
    const { actor: director } = await createStaffUser(["DIRECTION"]);

    expect((await domainErrorOf(getDocumentForDownload(actor, document.id))).code).toBe(
      "not_found",
    );
    expect((await domainErrorOf(getDocumentForDownload(director, document.id))).code).toBe(
      "not_found",
    );
  });

  it("raises not_found for an unknown id", async () => {
    const { actor } = await createMemberHousehold({ year: currentYear() });

    const error = await domainErrorOf(getDocumentForDownload(actor, "does-not-exist"));

    expect(error.code).toBe("not_found");
  });
});

const ALL_TYPES = Object.values(DocumentType);
const ALL_BUT_MEDICAL = ALL_TYPES.filter((type) => type !== "MEDICAL_CERTIFICATE");
const VISIBLE_TYPES: { sectors: StaffSector[]; role?: "ADMIN"; types: DocumentType[] }[] = [
  { sectors: [], role: "ADMIN", types: ALL_TYPES },
  { sectors: ["DIRECTION"], types: ALL_TYPES },
  { sectors: ["ACTION_SOCIALE"], types: ["MEDICAL_CERTIFICATE"] },
  { sectors: ["FICHIER_ADHESIONS"], types: ALL_BUT_MEDICAL },
  { sectors: ["SECRETARIAT"], types: ALL_BUT_MEDICAL },
  {
    sectors: ["PRESTATIONS_CAISSE_PRETS"],
    types: ["TAX_NOTICE", "BANK_DETAILS", "PAYSLIP", "PENSION_SLIP"],
  },
  { sectors: ["VACANCES_SPORTS_LOISIRS"], types: [] },
  { sectors: ["COMMUNICATION_STAGES"], types: [] },
  { sectors: [], types: [] },
  {
    sectors: ["COMMUNICATION_STAGES", "PRESTATIONS_CAISSE_PRETS"],
    types: ["TAX_NOTICE", "BANK_DETAILS", "PAYSLIP", "PENSION_SLIP"],
  },
];

const STAFF_CASES = VISIBLE_TYPES.flatMap(({ sectors, role, types }) =>
  ALL_TYPES.map((type) => ({
    reader: role ?? (sectors.join("+") || "staff without sector"),
    sectors,
    role: role ?? ("STAFF" as const),
    type,
    visible: types.includes(type),
  })),
);

describe("staff access to documents", () => {
  it.each(STAFF_CASES)(
    "$reader opens $type: $visible",
    async ({ sectors, role, type, visible }) => {
      const { actor: owner } = await createMemberHousehold({ year: currentYear() });
      const { document, bytes } = await createDocumentRecord(owner, { type });
      const { user } = await createStaffUser(sectors);
      const staff: StaffActor = { userId: user.id, role, sectors };

      expect(staffCanSeeDocumentType(staff, type)).toBe(visible);
      if (visible) {
        const file = await getDocumentForDownload(staff, document.id);
        expect(Buffer.compare(file.bytes, Buffer.from(bytes))).toBe(0);
      } else {
        const error = await domainErrorOf(getDocumentForDownload(staff, document.id));
        expect(error.code).toBe("not_found");
      }
    },
  );
});
