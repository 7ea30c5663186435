import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { listAuditEntries } from "@/lib/staff/audit-log";
import { diffAuditValues } from "@/lib/staff/audit-view";
import { getHouseholdForStaff } from "@/lib/staff/household";
import { acceptDocument } from "@/lib/staff/review-document";
import { searchMembers, MEMBER_SEARCH_PAGE_SIZE } from "@/lib/staff/search-members";
import { createMemberHousehold, createStaffUser, uniqueSuffix } from "../support/factories";
import { createBracketGrid, createDocument } from "../support/staff-factories";

async function createNamedMember(firstName: string, lastName: string) {
  const household = await createMemberHousehold();
  await db.member.update({ where: { id: household.member.id }, data: { firstName, lastName } });
  return household;
}

describe("searchMembers", () => {
  it.each([
    { name: "without accents", query: (token: string) => `helene ${token}` },
    { name: "in capitals", query: (token: string) => `HÉLÈNE ${token.toUpperCase()}` },
    { name: "last name first", query: (token: string) => `${token} hélène` },
  ])("finds a name $name", async ({ query }) => {
    const token = `Zélie${uniqueSuffix()}`;
    const { member } = await createNamedMember("Hélène", token);
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const found = await searchMembers(actor, {
      query: query(token.normalize("NFD").replace(/[\u0300-\u036f]/g, "")),
    });

    expect(found.results.map((result) => result.id)).toEqual([member.id]);
  });

  it("finds an employee number and an e-mail", async () => {
    const { member, user } = await createMemberHousehold();
    const { actor } = await createStaffUser(["SECRETARIAT"]);

    const byNumber = await searchMembers(actor, { query: member.employeeNumber.toLowerCase() });
    const byEmail = await searchMembers(actor, { query: user.email.split("@")[0] });

    expect(byNumber.results.map((result) => result.id)).toEqual([member.id]);
    expect(byEmail.results.map((result) => result.id)).toEqual([member.id]);
    expect(byEmail.results[0].latestMembership).toMatchObject({ status: "ACTIVE" });
  });

  it("pages the results", async () => {
    const token = `Page${uniqueSuffix()}`;
    for (let index = 0; index < MEMBER_SEARCH_PAGE_SIZE + 3; index += 1) {
      await createNamedMember(`Prénom${String(index).padStart(2, "0")}`, token);
    }
    const { actor } = await createStaffUser(["SECRETARIAT"]);

    const first = await searchMembers(actor, { query: token });
    const second = await searchMembers(actor, { query: token, page: 2 });

    expect(first.total).toBe(MEMBER_SEARCH_PAGE_SIZE + 3);
    expect(first.results).toHaveLength(MEMBER_SEARCH_PAGE_SIZE);
    expect(second.results).toHaveLength(3);
    expect(second.results[2].firstName).toBe(`Prénom${MEMBER_SEARCH_PAGE_SIZE + 2}`);
  });

  it("treats LIKE wildcards as text", async () => {
    await createMemberHousehold();
    const { actor } = await createStaffUser(["SECRETARIAT"]);

    const found = await searchMembers(actor, { query: "%_" });

    expect(found.results).toEqual([]);
  });

  it("needs two characters", async () => {
    const { actor } = await createStaffUser(["SECRETARIAT"]);

    const found = await searchMembers(actor, { query: " a " });

    expect(found.total).toBe(0);
  });
});

describe("getHouseholdForStaff", () => {
  const YEAR = 2033;

  async function createHouseholdWithQuotient() {
    await createBracketGrid(YEAR);
    const household = await createMemberHousehold();
    const notice = await createDocument({
      householdId: household.household.id,
      uploadedById: household.user.id,
      type: "TAX_NOTICE",
      year: YEAR,
    });
    const medical = await createDocument({
      householdId: household.household.id,
      uploadedById: household.user.id,
      type: "MEDICAL_CERTIFICATE",
      year: YEAR,
    });
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    await acceptDocument(actor, {
      documentId: notice.id,
      taxNotice: { referenceIncomeCents: 3_000_000, taxShareHundredths: 200 },
    });
    return { ...household, notice, medical };
  }

  it("shows quotients and readable audit to Prestations", async () => {
    const setup = await createHouseholdWithQuotient();
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    const view = await getHouseholdForStaff(actor, { householdId: setup.household.id });

    expect(view.quotients?.map((quotient) => quotient.quotientCents)).toEqual([125_000]);
    expect(view.documents.map((document) => document.id)).toEqual([setup.notice.id]);
    const quotientEntry = view.audit.entries.find((entry) => entry.action === "quotient.set");
    expect(quotientEntry?.readable).toBe(true);
  });

  it("hides quotients and documents from Vacances", async () => {
    const setup = await createHouseholdWithQuotient();
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const view = await getHouseholdForStaff(actor, { householdId: setup.household.id });

    expect(view.quotients).toBeNull();
    expect(view.documents).toEqual([]);
    expect("supportingDocuments" in view.household).toBe(false);
    expect(view.audit.entries.length).toBeGreaterThan(0);
    expect(view.audit.entries.every((entry) => !entry.readable)).toBe(true);
  });

  it("shows the medical certificate to Action sociale only", async () => {
    const setup = await createHouseholdWithQuotient();
    const social = await createStaffUser(["ACTION_SOCIALE"]);
    const file = await createStaffUser(["FICHIER_ADHESIONS"]);

    const socialView = await getHouseholdForStaff(social.actor, {
      householdId: setup.household.id,
    });
    const fileView = await getHouseholdForStaff(file.actor, { householdId: setup.household.id });

    expect(socialView.documents.map((document) => document.id)).toEqual([setup.medical.id]);
    expect(socialView.quotients).toBeNull();
    expect(fileView.documents.map((document) => document.id)).toEqual([setup.notice.id]);
  });

  it("raises not_found for an unknown household", async () => {
    const { actor } = await createStaffUser(["DIRECTION"]);

    await expect(getHouseholdForStaff(actor, { householdId: "missing" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("listAuditEntries", () => {
  async function createEntries() {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);
    const at = (iso: string) => new Date(iso);
    const base = { actorId: actor.userId, entityType: "Membership", entityId: "m1" };
    await db.auditEntry.createMany({
      data: [
        { ...base, action: "membership.validated", createdAt: at("2026-03-10T22:30:00Z") },
        { ...base, action: "membership.rejected", createdAt: at("2026-03-10T23:30:00Z") },
        { ...base, action: "membership.validated", createdAt: at("2026-03-11T22:59:00Z") },
        { ...base, action: "membership.validated", createdAt: at("2026-03-11T23:00:00Z") },
      ],
    });
    return actor;
  }

  it("refuses staff outside Direction", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS", "SECRETARIAT"]);

    await expect(listAuditEntries(actor, {})).rejects.toMatchObject({ code: "not_found" });
  });

  it("filters by actor and Paris calendar days", async () => {
    const author = await createEntries();
    const { actor } = await createStaffUser(["DIRECTION"]);

    // 11 March in Paris (UTC+1) runs from 10 March 23:00 to 11 March 23:00 UTC.
    const found = await listAuditEntries(actor, {
      actorId: author.userId,
      from: "2026-03-11",
      to: "2026-03-11",
    });

    expect(found.entries.map((entry) => entry.createdAt.toISOString())).toEqual([
      "2026-03-11T22:59:00.000Z",
      "2026-03-10T23:30:00.000Z",
    ]);
  });

  it("filters by action", async () => {
    const author = await createEntries();
    const { actor } = await createStaffUser(["DIRECTION"]);

    const found = await listAuditEntries(actor, {
      actorId: author.userId,
      action: "membership.rejected",
    });

    expect(found.entries).toHaveLength(1);
    expect(found.entries[0].actor?.displayName).toContain("Agent");
    expect(found.hasNextPage).toBe(false);
  });
});

describe("diffAuditValues", () => {
  it.each([
    {
      name: "changed status",
      before: { status: "PENDING", year: 2026 },
      after: { status: "ACTIVE", year: 2026 },
      expected: [{ field: "status", before: "PENDING", after: "ACTIVE" }],
    },
    {
      name: "creation",
      before: null,
      after: { bracket: "T2" },
      expected: [{ field: "bracket", before: undefined, after: "T2" }],
    },
    {
      name: "new field",
      before: { status: "PENDING" },
      after: { status: "REJECTED", rejectionReason: "Flou" },
      expected: [
        { field: "status", before: "PENDING", after: "REJECTED" },
        { field: "rejectionReason", before: undefined, after: "Flou" },
      ],
    },
    { name: "no change", before: { a: 1 }, after: { a: 1 }, expected: [] },
    {
      name: "null reason is no reason",
      before: { status: "PENDING" },
      after: { status: "ACTIVE", rejectionReason: null },
      expected: [{ field: "status", before: "PENDING", after: "ACTIVE" }],
    },
  ])("$name", ({ before, after, expected }) => {
    expect(diffAuditValues(before, after)).toEqual(expected);
  });
});
