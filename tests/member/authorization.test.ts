// Every member-side domain function, called by another household's member
// on the first household's records, raises `not_found` and changes nothing,
// so ids of other households cannot be probed or altered.
import { beforeAll, describe, expect, it } from "vitest";

import { currentYear, toCalendarDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { getDocumentForDownload } from "@/lib/documents/get-document-for-download";
import { listHouseholdDocuments } from "@/lib/documents/list-household-documents";
import { uploadDocument } from "@/lib/documents/upload-document";
import { archiveDependant } from "@/lib/household/archive-dependant";
import { getHousehold } from "@/lib/household/get-household";
import { updateDependant } from "@/lib/household/update-dependant";
import { updateHouseholdAddress } from "@/lib/household/update-household-address";
import { updateMemberPhone } from "@/lib/household/update-member-phone";

import { createMemberHousehold } from "../support/factories";
import {
  createDependantRecord,
  createDocumentRecord,
  domainErrorOf,
  pdfBytes,
  storedCopies,
  uploadedFile,
} from "../support/member-fixtures";

type Setup = Awaited<ReturnType<typeof createSetup>>;

async function createSetup() {
  const first = await createMemberHousehold({ year: currentYear() });
  const second = await createMemberHousehold({ year: currentYear() });
  const dependant = await createDependantRecord(first.household.id, { status: "VALIDATED" });
  const { document } = await createDocumentRecord(first.actor, { dependantId: dependant.id });
  return { first, second, dependant, document };
}

async function snapshotFirstHousehold(setup: Setup) {
  const household = await db.household.findUniqueOrThrow({
    where: { id: setup.first.household.id },
    include: { dependants: true, supportingDocuments: true, members: true },
  });
  const audit = await db.auditEntry.count({ where: { householdId: setup.first.household.id } });
  return { household, audit };
}

describe("another household's records", () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await createSetup();
  });

  const notFoundCases: { name: string; call: (s: Setup) => Promise<unknown> }[] = [
    {
      name: "updateDependant",
      call: (s) =>
        updateDependant(s.second.actor, s.dependant.id, {
          relation: "CHILD",
          firstName: "Intrus",
          lastName: "Martin",
          birthDate: toCalendarDate(s.dependant.birthDate),
          disability: true,
          notes: "",
        }),
    },
    {
      name: "archiveDependant",
      call: (s) => archiveDependant(s.second.actor, s.dependant.id),
    },
    {
      name: "uploadDocument for their dependant",
      call: (s) =>
        uploadDocument(
          s.second.actor,
          {
            type: "SCHOOL_CERTIFICATE",
            year: currentYear(),
            memberId: null,
            dependantId: s.dependant.id,
          },
          uploadedFile("certificat.pdf", pdfBytes()),
        ),
    },
    {
      name: "uploadDocument for their member",
      call: (s) =>
        uploadDocument(
          s.second.actor,
          { type: "PAYSLIP", year: currentYear(), memberId: s.first.member.id, dependantId: null },
          uploadedFile("bulletin.pdf", pdfBytes()),
        ),
    },
    {
      name: "getDocumentForDownload",
      call: (s) => getDocumentForDownload(s.second.actor, s.document.id),
    },
  ];

  it.each(notFoundCases)("$name raises not_found and changes nothing", async ({ call }) => {
    const before = await snapshotFirstHousehold(setup);

    const error = await domainErrorOf(call(setup));

    expect(error.code).toBe("not_found");
    const after = await snapshotFirstHousehold(setup);
    expect(after.household).toEqual(before.household);
    expect(after.audit).toBe(before.audit);
    const secondDocuments = await db.supportingDocument.count({
      where: { householdId: setup.second.household.id },
    });
    expect(secondDocuments).toBe(0);
  });

  it("uploadDocument leaves no stored file when refused", async () => {
    const bytes = pdfBytes();
    const target = {
      type: "SCHOOL_CERTIFICATE" as const,
      year: currentYear(),
      memberId: null,
      dependantId: setup.dependant.id,
    };

    await domainErrorOf(uploadDocument(setup.second.actor, target, uploadedFile("a.pdf", bytes)));

    expect(await storedCopies(bytes)).toBe(0);
  });

  it("updateHouseholdAddress changes only the actor's household", async () => {
    const before = await snapshotFirstHousehold(setup);

    await updateHouseholdAddress(setup.second.actor, {
      addressLine1: "3 place du Capitole",
      addressLine2: "",
      postalCode: "31000",
      communeCode: "31555",
    });

    const after = await snapshotFirstHousehold(setup);
    expect(after.household).toEqual(before.household);
    const second = await db.household.findUniqueOrThrow({
      where: { id: setup.second.household.id },
    });
    expect(second.addressLine1).toBe("3 place du Capitole");
  });

  it("updateMemberPhone changes only the actor", async () => {
    const before = await snapshotFirstHousehold(setup);

    await updateMemberPhone(setup.second.actor, { phone: "06 12 34 56 78" });

    const after = await snapshotFirstHousehold(setup);
    expect(after.household).toEqual(before.household);
    const second = await db.member.findUniqueOrThrow({ where: { id: setup.second.member.id } });
    expect(second.phone).toBe("0612345678");
  });

  it("listHouseholdDocuments lists only the actor's documents", async () => {
    const documents = await listHouseholdDocuments(setup.second.actor);

    expect(documents.map((document) => document.id)).not.toContain(setup.document.id);
  });

  it("getHousehold returns only the actor's dependants", async () => {
    const household = await getHousehold(setup.second.actor);

    expect(household.id).toBe(setup.second.household.id);
    expect(household.dependants.map((dependant) => dependant.id)).not.toContain(setup.dependant.id);
  });

  it("the owner still reaches the same records", async () => {
    const file = await getDocumentForDownload(setup.first.actor, setup.document.id);
    const household = await getHousehold(setup.first.actor);

    expect(file.id).toBe(setup.document.id);
    expect(household.dependants.map((dependant) => dependant.id)).toContain(setup.dependant.id);
  });
});

describe("archived dependant of the actor's own household", () => {
  it.each([
    {
      name: "updateDependant",
      call: (s: Setup, id: string) =>
        updateDependant(s.first.actor, id, {
          relation: "CHILD",
          firstName: "Léa",
          lastName: "Martin",
          birthDate: "2018-05-02",
          disability: false,
          notes: "",
        }),
    },
    {
      name: "archiveDependant",
      call: (s: Setup, id: string) => archiveDependant(s.first.actor, id),
    },
    {
      name: "uploadDocument",
      call: (s: Setup, id: string) =>
        uploadDocument(
          s.first.actor,
          { type: "SCHOOL_CERTIFICATE", year: currentYear(), memberId: null, dependantId: id },
          uploadedFile("certificat.pdf", pdfBytes()),
        ),
    },
  ])("$name raises not_found", async ({ call }) => {
    const setup = await createSetup();
    const archived = await createDependantRecord(setup.first.household.id);
    await db.dependant.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const error = await domainErrorOf(call(setup, archived.id));

    expect(error.code).toBe("not_found");
  });
});
