// Factories for the staff back office: items waiting for review and a
// quotient grid. Storage keys are unique fakes because these rows need no
// file on disk.
import { randomUUID } from "node:crypto";

import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { createMemberHousehold } from "./factories";

function fakeStorageKey() {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}`;
}

export async function createDocument(options: {
  householdId: string;
  uploadedById: string;
  type: DocumentType;
  year?: number;
  memberId?: string;
  dependantId?: string;
  createdAt?: Date;
}) {
  return db.supportingDocument.create({
    data: {
      householdId: options.householdId,
      memberId: options.memberId,
      dependantId: options.dependantId,
      type: options.type,
      year: options.year ?? currentYear(),
      storageKey: fakeStorageKey(),
      originalName: "justificatif.pdf",
      contentType: "application/pdf",
      sizeBytes: 1024,
      sha256: "0".repeat(64),
      uploadedById: options.uploadedById,
      createdAt: options.createdAt,
    },
  });
}

/** Creates a member whose membership for `year` waits for review, with its payslip. */
export async function createPendingEnrolment(options: { year?: number; createdAt?: Date } = {}) {
  const year = options.year ?? currentYear();
  const household = await createMemberHousehold({ year, membershipStatus: "PENDING" });
  const membership = await db.membership.update({
    where: { memberId_year: { memberId: household.member.id, year } },
    data: { createdAt: options.createdAt },
  });
  const payslip = await createDocument({
    householdId: household.household.id,
    memberId: household.member.id,
    uploadedById: household.user.id,
    type: "PAYSLIP",
    year,
    createdAt: options.createdAt,
  });
  return { ...household, membership, payslip };
}

/** Creates a child waiting for review in a household, with its birth certificate. */
export async function createPendingChild(options: {
  householdId: string;
  uploadedById: string;
  createdAt?: Date;
}) {
  const dependant = await db.dependant.create({
    data: {
      householdId: options.householdId,
      relation: "CHILD",
      firstName: "Léa",
      lastName: "Test",
      birthDate: new Date("2015-06-02"),
      createdAt: options.createdAt,
    },
  });
  const proof = await createDocument({
    householdId: options.householdId,
    dependantId: dependant.id,
    uploadedById: options.uploadedById,
    type: "BIRTH_CERTIFICATE",
    createdAt: options.createdAt,
  });
  return { dependant, proof };
}

/**
 * Creates monthly QF brackets in cents for `year`: T1 up to 480 €, T2 up to 580 €,
 * T3 up to 1,270 €, T4 above. Safe to call from several test files.
 */
export async function createBracketGrid(year: number) {
  await db.quotientBracket.createMany({
    data: [
      { year, position: 1, label: "T1", minCents: null, maxCents: 48_000 },
      { year, position: 2, label: "T2", minCents: 48_001, maxCents: 58_000 },
      { year, position: 3, label: "T3", minCents: 58_001, maxCents: 127_000 },
      { year, position: 4, label: "T4", minCents: 127_001, maxCents: null },
    ],
    skipDuplicates: true,
  });
  return db.quotientBracket.findMany({ where: { year }, orderBy: { position: "asc" } });
}
