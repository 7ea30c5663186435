import { assertActiveMembership } from "@/lib/account/membership";
import { recordAudit } from "@/lib/audit";
import type { MemberActor } from "@/lib/auth/guards";
import { findCommune } from "@/lib/communes";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { addressSchema, type AddressInput } from "@/lib/household/schemas";

/**
 * Changes the postal address of the actor's own household. The commune
 * must exist in the communes list (`commune_unknown`) and use the postal
 * code (`postal_code_mismatch`); its name is taken from that list.
 */
export async function updateHouseholdAddress(actor: MemberActor, rawInput: AddressInput) {
  const input = addressSchema.parse(rawInput);
  await assertActiveMembership(db, actor);

  const commune = findCommune(input.communeCode);
  if (!commune) throw new DomainError("commune_unknown", { field: "communeCode" });
  if (!commune.postalCodes.includes(input.postalCode)) {
    throw new DomainError("postal_code_mismatch", { field: "postalCode" });
  }

  return db.$transaction(async (tx) => {
    const before = await tx.household.findUniqueOrThrow({
      where: { id: actor.householdId },
      select: addressFields,
    });
    const after = await tx.household.update({
      where: { id: actor.householdId },
      data: {
        addressLine1: input.addressLine1,
        addressLine2: input.addressLine2 || null,
        postalCode: input.postalCode,
        communeCode: commune.code,
        communeName: commune.name,
      },
      select: addressFields,
    });
    await recordAudit(tx, {
      action: "household.updated",
      actorId: actor.userId,
      entityType: "Household",
      entityId: actor.householdId,
      householdId: actor.householdId,
      before,
      after,
    });
    return after;
  });
}

const addressFields = {
  addressLine1: true,
  addressLine2: true,
  postalCode: true,
  communeCode: true,
  communeName: true,
} as const;
