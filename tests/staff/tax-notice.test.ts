import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { acceptDocument } from "@/lib/staff/review-document";
import { createMemberHousehold, createStaffUser } from "../support/factories";
import { createBracketGrid, createDocument } from "../support/staff-factories";

// Years of their own, so that other test files' grids do not interfere.
const YEAR = 2031;
const YEAR_WITHOUT_GRID = 2097;

async function createTaxNotice(year = YEAR) {
  const household = await createMemberHousehold();
  const document = await createDocument({
    householdId: household.household.id,
    uploadedById: household.user.id,
    type: "TAX_NOTICE",
    year,
  });
  return { ...household, document };
}

beforeAll(async () => {
  await createBracketGrid(YEAR);
});

describe("acceptDocument on a tax notice", () => {
  it.each([
    {
      name: "single share, low income",
      income: 500_000,
      shares: 100,
      quotient: 41_666,
      bracket: "T1",
    },
    { name: "upper bound of T1", income: 1_152_000, shares: 200, quotient: 48_000, bracket: "T1" },
    { name: "first cent of T2", income: 1_152_024, shares: 200, quotient: 48_001, bracket: "T2" },
    {
      name: "two and a half shares",
      income: 3_245_000,
      shares: 250,
      quotient: 108_166,
      bracket: "T3",
    },
    { name: "quarter share", income: 2_000_000, shares: 225, quotient: 74_074, bracket: "T3" },
    { name: "high income", income: 9_000_000, shares: 200, quotient: 375_000, bracket: "T4" },
    { name: "zero income", income: 0, shares: 300, quotient: 0, bracket: "T1" },
  ])("$name gives $bracket", async ({ income, shares, quotient, bracket }) => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const notice = await createTaxNotice();

    const result = await acceptDocument(actor, {
      documentId: notice.document.id,
      taxNotice: { referenceIncomeCents: income, taxShareHundredths: shares },
    });

    expect(result.bracketLabel).toBe(bracket);
    const saved = await db.householdQuotient.findUniqueOrThrow({
      where: { householdId_year: { householdId: notice.household.id, year: YEAR } },
      include: { bracket: true },
    });
    expect(saved.quotientCents).toBe(quotient);
    expect(saved.bracket.label).toBe(bracket);
    expect(saved.referenceIncomeCents).toBe(income);
    expect(saved.taxShareHundredths).toBe(shares);
    expect(saved.documentId).toBe(notice.document.id);
    expect(saved.validatedById).toBe(actor.userId);
  });

  it("replaces the quotient of an older notice", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);
    const notice = await createTaxNotice();
    await acceptDocument(actor, {
      documentId: notice.document.id,
      taxNotice: { referenceIncomeCents: 9_000_000, taxShareHundredths: 200 },
    });
    const corrected = await createDocument({
      householdId: notice.household.id,
      uploadedById: notice.user.id,
      type: "TAX_NOTICE",
      year: YEAR,
    });

    await acceptDocument(actor, {
      documentId: corrected.id,
      taxNotice: { referenceIncomeCents: 1_000_000, taxShareHundredths: 200 },
    });

    const quotients = await db.householdQuotient.findMany({
      where: { householdId: notice.household.id },
      include: { bracket: true },
    });
    expect(quotients).toHaveLength(1);
    expect(quotients[0].documentId).toBe(corrected.id);
    expect(quotients[0].quotientCents).toBe(41_666);
    expect(quotients[0].bracket.label).toBe("T1");

    const audits = await db.auditEntry.findMany({
      where: { householdId: notice.household.id, action: "quotient.set" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits).toHaveLength(2);
    expect(audits[0].before).toBeNull();
    expect(audits[1].before).toMatchObject({ quotientCents: 375_000, bracket: "T4" });
    expect(audits[1].after).toMatchObject({ quotientCents: 41_666, bracket: "T1" });
  });

  it("accepts two notices of a household at once", async () => {
    const first = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const second = await createStaffUser(["FICHIER_ADHESIONS"]);
    const notice = await createTaxNotice();
    const other = await createDocument({
      householdId: notice.household.id,
      uploadedById: notice.user.id,
      type: "TAX_NOTICE",
      year: YEAR,
    });

    const results = await Promise.allSettled([
      acceptDocument(first.actor, {
        documentId: notice.document.id,
        taxNotice: { referenceIncomeCents: 1_000_000, taxShareHundredths: 100 },
      }),
      acceptDocument(second.actor, {
        documentId: other.id,
        taxNotice: { referenceIncomeCents: 2_000_000, taxShareHundredths: 100 },
      }),
    ]);

    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
    const quotients = await db.householdQuotient.findMany({
      where: { householdId: notice.household.id },
    });
    expect(quotients).toHaveLength(1);
    const audits = await db.auditEntry.findMany({
      where: { householdId: notice.household.id, action: "quotient.set" },
    });
    expect(audits).toHaveLength(2);
    // The second acceptance waited for the first, so it records the
    // replaced quotient as its before.
    expect(audits.filter((audit) => audit.before === null)).toHaveLength(1);
  });

  it("tells the member the bracket", async () => {
    const { actor } = await createStaffUser(["SECRETARIAT"]);
    const notice = await createTaxNotice();

    await acceptDocument(actor, {
      documentId: notice.document.id,
      taxNotice: { referenceIncomeCents: 3_245_000, taxShareHundredths: 250 },
    });

    const [email] = await db.outboundEmail.findMany({ where: { to: notice.user.email } });
    expect(email.text).toContain("T3");
    expect(email.text).not.toContain("1081");
  });

  it("requires the figures", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const notice = await createTaxNotice();

    await expect(acceptDocument(actor, { documentId: notice.document.id })).rejects.toMatchObject({
      code: "quotient_invalid",
    });
    const saved = await db.supportingDocument.findUniqueOrThrow({
      where: { id: notice.document.id },
    });
    expect(saved.status).toBe("PENDING");
  });

  it.each([
    { name: "less than one share", income: 100_000, shares: 50 },
    { name: "share not a quarter", income: 100_000, shares: 230 },
    { name: "negative income", income: -1, shares: 100 },
    { name: "fractional cents", income: 10.5, shares: 100 },
  ])("rejects $name", async ({ income, shares }) => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const notice = await createTaxNotice();

    await expect(
      acceptDocument(actor, {
        documentId: notice.document.id,
        taxNotice: { referenceIncomeCents: income, taxShareHundredths: shares },
      }),
    ).rejects.toMatchObject({ code: "quotient_invalid" });
    const saved = await db.supportingDocument.findUniqueOrThrow({
      where: { id: notice.document.id },
    });
    expect(saved.status).toBe("PENDING");
  });

  it("raises quotient_grid_missing without a grid", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const notice = await createTaxNotice(YEAR_WITHOUT_GRID);

    await expect(
      acceptDocument(actor, {
        documentId: notice.document.id,
        taxNotice: { referenceIncomeCents: 100_000, taxShareHundredths: 100 },
      }),
    ).rejects.toMatchObject({ code: "quotient_grid_missing" });
    const saved = await db.supportingDocument.findUniqueOrThrow({
      where: { id: notice.document.id },
    });
    expect(saved.status).toBe("PENDING");
  });
});
