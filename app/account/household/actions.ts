"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { runAction } from "@/lib/actions/run-action";
import { requireMember } from "@/lib/auth/guards";
import { readFormFile } from "@/lib/documents/store-file";
import { DomainError } from "@/lib/errors";
import { archiveDependant } from "@/lib/household/archive-dependant";
import { createDependant } from "@/lib/household/create-dependant";
import {
  addressSchema,
  dependantSchema,
  newChildSchema,
  phoneSchema,
} from "@/lib/household/schemas";
import { updateDependant } from "@/lib/household/update-dependant";
import { updateHouseholdAddress } from "@/lib/household/update-household-address";
import { updateMemberPhone } from "@/lib/household/update-member-phone";

const idSchema = z.string().min(1).max(64);

function refreshAccountPages() {
  revalidatePath("/account", "layout");
}

export async function updatePhoneAction(values: unknown) {
  return runAction("account.updatePhone", async () => {
    const actor = await requireMember();
    await updateMemberPhone(actor, phoneSchema.parse(values));
    refreshAccountPages();
  });
}

export async function updateAddressAction(values: unknown) {
  return runAction("account.updateAddress", async () => {
    const actor = await requireMember();
    await updateHouseholdAddress(actor, addressSchema.parse(values));
    refreshAccountPages();
  });
}

/** Adds a spouse or partner; a child goes through createChildAction with its proof. */
export async function createSpouseAction(values: unknown) {
  return runAction("account.createSpouse", async () => {
    const actor = await requireMember();
    const input = dependantSchema.parse(values);
    if (input.relation !== "SPOUSE") throw new DomainError("invalid_input", { field: "relation" });
    await createDependant(actor, input, null);
    refreshAccountPages();
  });
}

/** Adds a child with its family record book or birth certificate, sent as a form with a file. */
export async function createChildAction(formData: FormData) {
  return runAction("account.createChild", async () => {
    const actor = await requireMember();
    const { proofType, ...input } = newChildSchema.parse({
      relation: "CHILD",
      firstName: formData.get("firstName"),
      lastName: formData.get("lastName"),
      birthDate: formData.get("birthDate"),
      disability: formData.get("disability") === "true",
      notes: formData.get("notes") ?? "",
      proofType: formData.get("proofType"),
    });
    const file = await readFormFile(formData.get("proofFile"));
    await createDependant(actor, input, file ? { type: proofType, file } : null);
    refreshAccountPages();
  });
}

export async function updateDependantAction(dependantId: unknown, values: unknown) {
  return runAction("account.updateDependant", async () => {
    const actor = await requireMember();
    const input = dependantSchema.parse(values);
    const result = await updateDependant(actor, idSchema.parse(dependantId), input);
    refreshAccountPages();
    return { sentBackToReview: result.sentBackToReview };
  });
}

export async function archiveDependantAction(dependantId: unknown) {
  return runAction("account.archiveDependant", async () => {
    const actor = await requireMember();
    await archiveDependant(actor, idSchema.parse(dependantId));
    refreshAccountPages();
  });
}
