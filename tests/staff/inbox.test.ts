import { describe, expect, it } from "vitest";

import { listInbox, INBOX_PAGE_SIZE } from "@/lib/staff/inbox";
import { createMemberHousehold, createStaffUser } from "../support/factories";
import {
  createDocument,
  createPendingChild,
  createPendingEnrolment,
} from "../support/staff-factories";

// Other test files add pending items dated today. Each test here dates its
// items in a past era of its own, older than the previous test's era. So
// its items come first in the oldest-first list, and the bounded age
// filters (2 to 7 days, over 7 days) match no other test's items.
let eraIndex = 0;
function nextEra() {
  eraIndex += 1;
  return new Date(Date.UTC(2000 - eraIndex * 2, 5, 15, 12));
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * DAY_MS);

async function createWaitingItems(now: Date, daysAgo = 3) {
  const createdAt = daysBefore(now, daysAgo);
  const enrolment = await createPendingEnrolment({ createdAt });
  const child = await createPendingChild({
    householdId: enrolment.household.id,
    uploadedById: enrolment.user.id,
    createdAt,
  });
  const household = await createMemberHousehold();
  const make = (
    type: "TAX_NOTICE" | "BANK_DETAILS" | "MEDICAL_CERTIFICATE" | "SCHOOL_CERTIFICATE",
  ) =>
    createDocument({
      householdId: household.household.id,
      uploadedById: household.user.id,
      type,
      createdAt,
    });
  return {
    enrolment,
    child,
    taxNotice: await make("TAX_NOTICE"),
    bankDetails: await make("BANK_DETAILS"),
    medical: await make("MEDICAL_CERTIFICATE"),
    school: await make("SCHOOL_CERTIFICATE"),
  };
}

function ids(result: Awaited<ReturnType<typeof listInbox>>) {
  return result.items.map((item) => item.id);
}

describe("listInbox by sector", () => {
  it("shows the member file its items but no medical certificate", async () => {
    const now = nextEra();
    const items = await createWaitingItems(now);
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);

    const result = await listInbox(actor, { age: "2to7" }, now);

    expect(ids(result)).toEqual(
      expect.arrayContaining([
        items.enrolment.membership.id,
        items.child.dependant.id,
        items.taxNotice.id,
        items.bankDetails.id,
        items.school.id,
      ]),
    );
    expect(ids(result)).not.toContain(items.medical.id);
    expect(result.counts).toEqual({ membership: 1, dependant: 1, document: 3, booking: 0 });
  });

  it("hides proofs sent with a waiting request", async () => {
    const now = nextEra();
    const items = await createWaitingItems(now);
    const { actor } = await createStaffUser(["DIRECTION"]);

    const result = await listInbox(actor, { age: "2to7" }, now);

    expect(ids(result)).not.toContain(items.enrolment.payslip.id);
    expect(ids(result)).not.toContain(items.child.proof.id);
    expect(ids(result)).toContain(items.medical.id);
  });

  it("shows Prestations only its document types", async () => {
    const now = nextEra();
    const items = await createWaitingItems(now);
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    const result = await listInbox(actor, { age: "2to7" }, now);

    expect(ids(result).sort()).toEqual([items.taxNotice.id, items.bankDetails.id].sort());
    expect(result.counts).toEqual({ membership: 0, dependant: 0, document: 2, booking: 0 });
  });

  it("shows Action sociale only medical certificates", async () => {
    const now = nextEra();
    const items = await createWaitingItems(now);
    const { actor } = await createStaffUser(["ACTION_SOCIALE"]);

    const result = await listInbox(actor, { age: "2to7" }, now);

    expect(ids(result)).toEqual([items.medical.id]);
  });

  it("shows Vacances no member file items", async () => {
    const now = nextEra();
    await createWaitingItems(now);
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const result = await listInbox(actor, { age: "2to7" }, now);

    expect(result.items).toEqual([]);
    expect(result.total).toBe(0);
  });

  it("narrows Direction to one sector's share", async () => {
    const now = nextEra();
    const items = await createWaitingItems(now);
    const { actor } = await createStaffUser(["DIRECTION"]);

    const social = await listInbox(actor, { age: "2to7", sector: "ACTION_SOCIALE" }, now);
    const benefits = await listInbox(
      actor,
      { age: "2to7", sector: "PRESTATIONS_CAISSE_PRETS" },
      now,
    );

    expect(ids(social)).toEqual([items.medical.id]);
    expect(ids(benefits).sort()).toEqual([items.taxNotice.id, items.bankDetails.id].sort());
  });

  it("keeps a sector filter within the actor's own sectors", async () => {
    const now = nextEra();
    await createWaitingItems(now);
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);

    const result = await listInbox(actor, { age: "2to7", sector: "ACTION_SOCIALE" }, now);

    expect(result.items).toEqual([]);
  });

  it("filters by kind and still counts every kind", async () => {
    const now = nextEra();
    const items = await createWaitingItems(now);
    const { actor } = await createStaffUser(["SECRETARIAT"]);

    const result = await listInbox(actor, { age: "2to7", kind: "dependant" }, now);

    expect(ids(result)).toEqual([items.child.dependant.id]);
    expect(result.total).toBe(1);
    expect(result.counts).toEqual({ membership: 1, dependant: 1, document: 3, booking: 0 });
  });
});

describe("listInbox by age", () => {
  it.each([
    { age: "lt2" as const, expected: ["oneDay"] },
    { age: "2to7" as const, expected: ["twoDays", "fiveDays"] },
    { age: "gt7" as const, expected: ["sevenDays", "twentyDays"] },
  ])("$age returns its items", async ({ age, expected }) => {
    const now = nextEra();
    const household = await createMemberHousehold();
    const ages = { oneDay: 1, twoDays: 2, fiveDays: 5, sevenDays: 7, twentyDays: 20 };
    const byName = new Map<string, string>();
    for (const [name, days] of Object.entries(ages)) {
      const document = await createDocument({
        householdId: household.household.id,
        uploadedById: household.user.id,
        type: "SCHOOL_CERTIFICATE",
        createdAt: daysBefore(now, days),
      });
      byName.set(document.id, name);
    }
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);

    const result = await listInbox(actor, { age }, now);

    const mine = result.items.filter((item) => byName.has(item.id));
    expect(mine.map((item) => byName.get(item.id)).sort()).toEqual([...expected].sort());
  });
});

describe("listInbox paging", () => {
  it("pages the oldest first", async () => {
    const now = nextEra();
    const household = await createMemberHousehold();
    const created: string[] = [];
    for (let index = 0; index < INBOX_PAGE_SIZE + 5; index += 1) {
      const document = await createDocument({
        householdId: household.household.id,
        uploadedById: household.user.id,
        type: "FAMILY_RECORD_BOOK",
        createdAt: new Date(daysBefore(now, 6).getTime() + index * 60_000),
      });
      created.push(document.id);
    }
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);

    const first = await listInbox(actor, { age: "2to7" }, now);
    const second = await listInbox(actor, { age: "2to7", page: 2 }, now);

    expect(first.total).toBe(INBOX_PAGE_SIZE + 5);
    expect(first.pageCount).toBe(2);
    expect(ids(first)).toEqual(created.slice(0, INBOX_PAGE_SIZE));
    expect(ids(second)).toEqual(created.slice(INBOX_PAGE_SIZE));
  });

  it("describes each item for the list", async () => {
    const now = nextEra();
    const items = await createWaitingItems(now);
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);

    const result = await listInbox(actor, { age: "2to7", kind: "membership" }, now);

    const [item] = result.items;
    expect(item.kind).toBe("membership");
    expect(item.householdId).toBe(items.enrolment.household.id);
    expect(item.employeeNumber).toBe(items.enrolment.member.employeeNumber);
    expect(item.person).toBe(
      `${items.enrolment.member.firstName} ${items.enrolment.member.lastName}`,
    );
  });
});
