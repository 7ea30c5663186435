import { assertActiveMembership } from "@/lib/account/membership";
import { recordAudit } from "@/lib/audit";
import type { MemberActor } from "@/lib/auth/guards";
import { currentYear, parseCalendarDate } from "@/lib/dates";
import { db, type DbClient } from "@/lib/db";
import { insertSupportingDocument } from "@/lib/documents/insert-document";
import { withStoredFile, type StoredFile, type UploadedFile } from "@/lib/documents/store-file";
import { DomainError } from "@/lib/errors";
import { dependantAuditSnapshot, lockHousehold } from "@/lib/household/dependants";
import {
  CHILD_PROOF_TYPES,
  dependantSchema,
  type ChildProofType,
  type DependantInput,
} from "@/lib/household/schemas";

/** The family record book or birth certificate sent with a new child. */
export type ChildProof = { type: ChildProofType; file: UploadedFile };

/**
 * Adds a spouse or a child to the actor's household, PENDING until staff
 * validate it. A child needs its proof: the Dependant and its
 * SupportingDocument are written in one transaction, and the stored file is
 * removed if that transaction fails. A household has at most one active
 * spouse (`spouse_already_declared`).
 */
export async function createDependant(
  actor: MemberActor,
  rawInput: DependantInput,
  proof: ChildProof | null,
) {
  const input = dependantSchema.parse(rawInput);
  await assertActiveMembership(db, actor);

  if (input.relation === "CHILD" && !proof) {
    throw new DomainError("proof_required", { field: "proofFile" });
  }
  if (!proof) {
    return db.$transaction((tx) => insertDependant(tx, actor, input, null));
  }
  if (!CHILD_PROOF_TYPES.includes(proof.type)) {
    throw new DomainError("invalid_input", { field: "proofType" });
  }
  return withStoredFile(proof.file, "proofFile", (stored) =>
    db.$transaction((tx) => insertDependant(tx, actor, input, { type: proof.type, stored })),
  );
}

async function insertDependant(
  tx: DbClient,
  actor: MemberActor,
  input: DependantInput,
  proof: { type: ChildProofType; stored: StoredFile } | null,
) {
  await lockHousehold(tx, actor.householdId);
  if (input.relation === "SPOUSE") {
    const activeSpouses = await tx.dependant.count({
      where: { householdId: actor.householdId, relation: "SPOUSE", archivedAt: null },
    });
    if (activeSpouses > 0) throw new DomainError("spouse_already_declared");
  }

  // The schema already checks the date; this guards direct callers.
  const birthDate = parseCalendarDate(input.birthDate);
  if (!birthDate) throw new DomainError("invalid_input", { field: "birthDate" });

  const dependant = await tx.dependant.create({
    data: {
      householdId: actor.householdId,
      relation: input.relation,
      firstName: input.firstName,
      lastName: input.lastName,
      birthDate,
      disability: input.disability,
      notes: input.notes || null,
    },
  });
  await recordAudit(tx, {
    action: "dependant.created",
    actorId: actor.userId,
    entityType: "Dependant",
    entityId: dependant.id,
    householdId: actor.householdId,
    after: dependantAuditSnapshot(dependant),
  });

  if (proof) {
    const target = {
      type: proof.type,
      year: currentYear(),
      memberId: null,
      dependantId: dependant.id,
    };
    await insertSupportingDocument(tx, actor, target, proof.stored);
  }
  return dependant;
}
