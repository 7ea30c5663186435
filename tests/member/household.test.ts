import { describe, expect, it } from "vitest";

import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { uploadDocument } from "@/lib/documents/upload-document";
import { archiveDependant } from "@/lib/household/archive-dependant";
import { createDependant } from "@/lib/household/create-dependant";
import { birthDateIssue, newChildSchema, type DependantInput } from "@/lib/household/schemas";
import { updateDependant } from "@/lib/household/update-dependant";
import { updateHouseholdAddress } from "@/lib/household/update-household-address";
import { updateMemberPhone } from "@/lib/household/update-member-phone";

import { createMemberHousehold } from "../support/factories";
import {
  createDependantRecord,
  domainErrorOf,
  pdfBytes,
  pngBytes,
  storedCopies,
  uploadedFile,
  yearsAgo,
} from "../support/member-fixtures";

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

function spouseInput(overrides: Partial<DependantInput> = {}): DependantInput {
  return childInput({
    relation: "SPOUSE",
    firstName: "Sam",
    birthDate: yearsAgo(40),
    ...overrides,
  });
}

async function activeMember() {
  return createMemberHousehold({ year: currentYear() });
}

describe("createDependant", () => {
  it("rejects a child without proof", async () => {
    const { actor, household } = await activeMember();

    const error = await domainErrorOf(createDependant(actor, childInput(), null));

    expect(error.code).toBe("proof_required");
    expect(error.field).toBe("proofFile");
    expect(await db.dependant.count({ where: { householdId: household.id } })).toBe(0);
  });

  it("creates a pending child with its proof document", async () => {
    const { actor, household } = await activeMember();
    const bytes = pdfBytes();

    const child = await createDependant(actor, childInput({ notes: "Allergie aux arachides" }), {
      type: "FAMILY_RECORD_BOOK",
      file: uploadedFile("livret.pdf", bytes),
    });

    expect(child.status).toBe("PENDING");
    expect(child.householdId).toBe(household.id);
    expect(child.notes).toBe("Allergie aux arachides");
    const documents = await db.supportingDocument.findMany({ where: { dependantId: child.id } });
    expect(documents).toHaveLength(1);
    expect(documents[0].type).toBe("FAMILY_RECORD_BOOK");
    expect(documents[0].status).toBe("PENDING");
    expect(documents[0].householdId).toBe(household.id);
    expect(documents[0].year).toBe(currentYear());
    expect(await storedCopies(bytes)).toBe(1);
    const actions = await db.auditEntry.findMany({
      where: { householdId: household.id },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action).sort()).toEqual([
      "dependant.created",
      "document.uploaded",
    ]);
  });

  it("writes neither child nor file when the proof is refused", async () => {
    const { actor, household } = await activeMember();
    const bytes = pngBytes();

    const error = await domainErrorOf(
      createDependant(actor, childInput(), {
        type: "BIRTH_CERTIFICATE",
        file: uploadedFile("acte.pdf", bytes),
      }),
    );

    expect(error.code).toBe("file_extension_mismatch");
    expect(error.field).toBe("proofFile");
    expect(await db.dependant.count({ where: { householdId: household.id } })).toBe(0);
    expect(await storedCopies(bytes)).toBe(0);
  });

  it("rejects a proof of another type than a child's", async () => {
    const { actor } = await activeMember();

    const error = await domainErrorOf(
      createDependant(actor, childInput(), {
        type: "TAX_NOTICE" as "BIRTH_CERTIFICATE",
        file: uploadedFile("avis.pdf", pdfBytes()),
      }),
    );

    expect(error.code).toBe("invalid_input");
    expect(error.field).toBe("proofType");
  });

  it("accepts one active spouse only", async () => {
    const { actor, household } = await activeMember();
    const first = await createDependant(actor, spouseInput(), null);

    const error = await domainErrorOf(
      createDependant(actor, spouseInput({ firstName: "Alex" }), null),
    );

    expect(error.code).toBe("spouse_already_declared");
    await archiveDependant(actor, first.id);
    const second = await createDependant(actor, spouseInput({ firstName: "Alex" }), null);
    expect(second.status).toBe("PENDING");
    const active = await db.dependant.count({
      where: { householdId: household.id, relation: "SPOUSE", archivedAt: null },
    });
    expect(active).toBe(1);
  });

  it("keeps one spouse when two requests race", async () => {
    const { actor, household } = await activeMember();

    const results = await Promise.allSettled([
      createDependant(actor, spouseInput({ firstName: "Un" }), null),
      createDependant(actor, spouseInput({ firstName: "Deux" }), null),
      createDependant(actor, spouseInput({ firstName: "Trois" }), null),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const spouses = await db.dependant.count({
      where: { householdId: household.id, relation: "SPOUSE" },
    });
    expect(spouses).toBe(1);
  });
});

describe("birth date rules", () => {
  const today = "2026-06-15";
  it.each([
    { rule: "empty is required", relation: "CHILD", value: "", issue: "required" },
    {
      rule: "February 30 is invalid",
      relation: "CHILD",
      value: "2020-02-30",
      issue: "date_invalid",
    },
    {
      rule: "a typo year is invalid",
      relation: "SPOUSE",
      value: "0198-04-01",
      issue: "date_invalid",
    },
    {
      rule: "tomorrow is in the future",
      relation: "CHILD",
      value: "2026-06-16",
      issue: "date_in_future",
    },
    { rule: "born today is accepted", relation: "CHILD", value: "2026-06-15", issue: null },
    { rule: "a child of 30 is accepted", relation: "CHILD", value: "1996-06-15", issue: null },
    {
      rule: "a child of 31 is too old",
      relation: "CHILD",
      value: "1995-06-15",
      issue: "child_too_old",
    },
    {
      rule: "a child 31 tomorrow is accepted",
      relation: "CHILD",
      value: "1995-06-16",
      issue: null,
    },
    { rule: "a spouse has no age limit", relation: "SPOUSE", value: "1950-01-01", issue: null },
  ] as const)("$rule", ({ relation, value, issue }) => {
    expect(birthDateIssue(relation, value, today)).toBe(issue);
  });

  it("reports the birth date together with other invalid fields", () => {
    const result = newChildSchema.safeParse({
      relation: "CHILD",
      firstName: "",
      lastName: "Durand",
      birthDate: "2999-01-01",
      disability: false,
      notes: "",
    });

    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(messages.firstName).toBe("required");
    expect(messages.proofType).toBe("choice");
    expect(messages.birthDate).toBe("date_in_future");
  });

  it("createDependant rejects a child over 30", async () => {
    const { actor } = await activeMember();

    const call = createDependant(actor, childInput({ birthDate: yearsAgo(31) }), {
      type: "BIRTH_CERTIFICATE",
      file: uploadedFile("acte.pdf", pdfBytes()),
    });

    await expect(call).rejects.toThrow(/child_too_old/);
  });
});

describe("updateDependant", () => {
  it("sends a validated child back to review when the birth date changes", async () => {
    const { actor, household } = await activeMember();
    const child = await createDependantRecord(household.id, {
      status: "VALIDATED",
      birthDate: yearsAgo(8),
    });

    const result = await updateDependant(
      actor,
      child.id,
      childInput({ firstName: "Léa", lastName: "Martin", birthDate: yearsAgo(9) }),
    );

    expect(result.sentBackToReview).toBe(true);
    const updated = await db.dependant.findUniqueOrThrow({ where: { id: child.id } });
    expect(updated.status).toBe("PENDING");
    expect(updated.birthDate.toISOString().slice(0, 10)).toBe(yearsAgo(9));
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: child.id, action: "dependant.updated" },
    });
    expect(audit.actorId).toBe(actor.userId);
    expect(audit.before).toMatchObject({ status: "VALIDATED", birthDate: yearsAgo(8) });
    expect(audit.after).toMatchObject({ status: "PENDING", birthDate: yearsAgo(9) });
  });

  it("sends a rejected child back to review when the name changes", async () => {
    const { actor, household } = await activeMember();
    const child = await createDependantRecord(household.id, { status: "REJECTED" });
    await db.dependant.update({
      where: { id: child.id },
      data: { rejectionReason: "Nom illisible" },
    });

    await updateDependant(
      actor,
      child.id,
      childInput({ firstName: "Lea", lastName: "Martin", birthDate: yearsAgo(8) }),
    );

    const updated = await db.dependant.findUniqueOrThrow({ where: { id: child.id } });
    expect(updated.status).toBe("PENDING");
    expect(updated.rejectionReason).toBeNull();
  });

  it("keeps a validated child validated when only notes change", async () => {
    const { actor, household } = await activeMember();
    const child = await createDependantRecord(household.id, {
      status: "VALIDATED",
      birthDate: yearsAgo(8),
    });

    const result = await updateDependant(
      actor,
      child.id,
      childInput({
        firstName: "Léa",
        lastName: "Martin",
        birthDate: yearsAgo(8),
        disability: true,
        notes: "PAI",
      }),
    );

    expect(result.sentBackToReview).toBe(false);
    const updated = await db.dependant.findUniqueOrThrow({ where: { id: child.id } });
    expect(updated.status).toBe("VALIDATED");
    expect(updated.disability).toBe(true);
    expect(updated.notes).toBe("PAI");
  });

  it("rejects a change of relation", async () => {
    const { actor, household } = await activeMember();
    const child = await createDependantRecord(household.id);

    const error = await domainErrorOf(updateDependant(actor, child.id, spouseInput()));

    expect(error.code).toBe("invalid_input");
    const unchanged = await db.dependant.findUniqueOrThrow({ where: { id: child.id } });
    expect(unchanged.relation).toBe("CHILD");
  });
});

describe("archiveDependant", () => {
  it("keeps the row and records the removal", async () => {
    const { actor, household } = await activeMember();
    const child = await createDependantRecord(household.id, { status: "VALIDATED" });

    await archiveDependant(actor, child.id);

    const archived = await db.dependant.findUniqueOrThrow({ where: { id: child.id } });
    expect(archived.archivedAt).not.toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: child.id, action: "dependant.archived" },
    });
    expect(audit.before).toMatchObject({ archivedAt: null });
  });
});

describe("updateHouseholdAddress", () => {
  it("stores the commune name from the communes list and audits", async () => {
    const { actor, household } = await activeMember();

    await updateHouseholdAddress(actor, {
      addressLine1: "1 avenue du Général de Gaulle",
      addressLine2: "Bâtiment B",
      postalCode: "31700",
      communeCode: "31069",
    });

    const updated = await db.household.findUniqueOrThrow({ where: { id: household.id } });
    expect(updated.communeName).toBe("Blagnac");
    expect(updated.addressLine2).toBe("Bâtiment B");
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: household.id, action: "household.updated" },
    });
    expect(audit.before).toMatchObject({ communeCode: "31555", postalCode: "31000" });
    expect(audit.after).toMatchObject({ communeCode: "31069", postalCode: "31700" });
  });

  it.each([
    {
      rule: "unknown commune",
      communeCode: "75056",
      postalCode: "75001",
      code: "commune_unknown",
      field: "communeCode",
    },
    {
      rule: "postal code of another commune",
      communeCode: "31069",
      postalCode: "31000",
      code: "postal_code_mismatch",
      field: "postalCode",
    },
  ])("rejects an $rule", async ({ communeCode, postalCode, code, field }) => {
    const { actor, household } = await activeMember();

    const error = await domainErrorOf(
      updateHouseholdAddress(actor, {
        addressLine1: "1 rue X",
        addressLine2: "",
        postalCode,
        communeCode,
      }),
    );

    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    const unchanged = await db.household.findUniqueOrThrow({ where: { id: household.id } });
    expect(unchanged.communeCode).toBe("31555");
  });
});

describe("membership not active", () => {
  const calls = [
    {
      name: "updateMemberPhone",
      call: (a: Actor) => updateMemberPhone(a, { phone: "0561000000" }),
    },
    {
      name: "updateHouseholdAddress",
      call: (a: Actor) =>
        updateHouseholdAddress(a, {
          addressLine1: "1 rue X",
          addressLine2: "",
          postalCode: "31000",
          communeCode: "31555",
        }),
    },
    { name: "createDependant", call: (a: Actor) => createDependant(a, spouseInput(), null) },
    {
      name: "updateDependant",
      call: async (a: Actor) => {
        const child = await createDependantRecord(a.householdId);
        return updateDependant(a, child.id, childInput());
      },
    },
    {
      name: "archiveDependant",
      call: async (a: Actor) =>
        archiveDependant(a, (await createDependantRecord(a.householdId)).id),
    },
    {
      name: "uploadDocument",
      call: (a: Actor) =>
        uploadDocument(
          a,
          { type: "TAX_NOTICE", year: currentYear(), memberId: null, dependantId: null },
          uploadedFile("avis.pdf", pdfBytes()),
        ),
    },
  ];
  type Actor = Awaited<ReturnType<typeof activeMember>>["actor"];

  it.each(calls)("$name raises membership_inactive while pending", async ({ call }) => {
    const { actor } = await createMemberHousehold({
      year: currentYear(),
      membershipStatus: "PENDING",
    });

    const error = await domainErrorOf(call(actor));

    expect(error.code).toBe("membership_inactive");
    const audit = await db.auditEntry.count({ where: { householdId: actor.householdId } });
    expect(audit).toBe(0);
  });

  it.each(calls)(
    "$name raises membership_inactive without this year's membership",
    async ({ call }) => {
      const { actor } = await createMemberHousehold({ year: currentYear() - 1 });

      const error = await domainErrorOf(call(actor));

      expect(error.code).toBe("membership_inactive");
    },
  );
});
