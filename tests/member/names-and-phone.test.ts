import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createDependant } from "@/lib/household/create-dependant";
import { dependantSchema, phoneSchema, type DependantInput } from "@/lib/household/schemas";
import { updateMemberPhone } from "@/lib/household/update-member-phone";

import { createMemberHousehold } from "../support/factories";
import { yearsAgo } from "../support/member-fixtures";

function childInput(overrides: Partial<DependantInput> = {}): DependantInput {
  return {
    relation: "CHILD",
    firstName: "Jules",
    lastName: "Durand",
    birthDate: yearsAgo(6),
    disability: false,
    notes: "",
    ...overrides,
  };
}

function phoneAudits(memberId: string) {
  return db.auditEntry.count({
    where: { entityType: "Member", entityId: memberId, action: "member.updated" },
  });
}

describe("dependant names", () => {
  it.each([
    { case: "line break in first name", overrides: { firstName: "Jules\r\nDurand" } },
    { case: "zero-width first name", overrides: { firstName: "\u200b\u200b" } },
    { case: "control character in last name", overrides: { lastName: "Dur\u0007and" } },
  ])("rejects $case", ({ overrides }) => {
    const result = dependantSchema.safeParse(childInput(overrides));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["person_name"]);
  });

  it("stores no child with a line break in its name", async () => {
    const { actor, household } = await createMemberHousehold();
    await expect(
      createDependant(actor, childInput({ firstName: "Jules\nDurand" }), null),
    ).rejects.toThrow();
    expect(await db.dependant.count({ where: { householdId: household.id } })).toBe(0);
  });

  it("accepts an accented, hyphenated name with an apostrophe", () => {
    const input = childInput({ firstName: "Anne-Hélène", lastName: "N’Diaye d'Arc" });
    expect(dependantSchema.safeParse(input).success).toBe(true);
  });
});

describe("updateMemberPhone", () => {
  it.each([
    { typed: "06 12 34 56 78", stored: "0612345678" },
    { typed: "06.12.34.56.78", stored: "0612345678" },
    { typed: "+33 6 12 34 56 78", stored: "0612345678" },
    { typed: "+32 2 555 12 12", stored: "+3225551212" },
  ])("stores $typed as $stored", async ({ typed, stored }) => {
    const { actor, member } = await createMemberHousehold();
    const result = await updateMemberPhone(actor, { phone: typed });
    expect(result.phone).toBe(stored);
    const row = await db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(row.phone).toBe(stored);
  });

  it("writes no audit entry for the same number", async () => {
    const { actor, member } = await createMemberHousehold();
    await updateMemberPhone(actor, { phone: "06 12 34 56 78" });
    expect(await phoneAudits(member.id)).toBe(1);

    for (const typed of ["0612345678", "+33612345678", " 06-12-34-56-78 "]) {
      const result = await updateMemberPhone(actor, { phone: typed });
      expect(result.phone, typed).toBe("0612345678");
    }
    expect(await phoneAudits(member.id)).toBe(1);
  });

  it("writes no audit entry when removing no number", async () => {
    const { actor, member } = await createMemberHousehold();
    const result = await updateMemberPhone(actor, { phone: "" });
    expect(result.phone).toBeNull();
    expect(await phoneAudits(member.id)).toBe(0);
  });

  it("audits a changed number", async () => {
    const { actor, member } = await createMemberHousehold();
    await updateMemberPhone(actor, { phone: "0612345678" });
    await updateMemberPhone(actor, { phone: "0712345678" });
    expect(await phoneAudits(member.id)).toBe(2);
  });

  it.each([{ typed: "06 12 34" }, { typed: "+33 0 6 12 34 56 78" }])(
    "rejects $typed",
    ({ typed }) => {
      const result = phoneSchema.safeParse({ phone: typed });
      expect(result.error?.issues[0].message).toBe("phone");
    },
  );
});
