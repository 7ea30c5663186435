"use server";

import { revalidatePath } from "next/cache";

import { runAction } from "@/lib/actions/run-action";
import { requireStaff } from "@/lib/auth/guards";
import { parseTaxShares } from "@/lib/quotient";
import { acceptDocument, rejectDocument } from "@/lib/staff/review-document";
import { rejectDependant, validateDependant } from "@/lib/staff/review-dependant";
import { rejectMembership, validateMembership } from "@/lib/staff/review-membership";
import {
  approveSchema,
  parseEuroAmountCents,
  rejectSchema,
  taxNoticeSchema,
} from "@/lib/staff/schemas";

// Each action checks the staff member again; the domain function then
// checks the sector that the item needs.

export async function validateMembershipAction(input: unknown) {
  return decided(
    await runAction("admin.validateMembership", async () => {
      const actor = await requireStaff();
      const { id } = approveSchema.parse(input);
      return validateMembership(actor, { membershipId: id });
    }),
  );
}

export async function rejectMembershipAction(input: unknown) {
  return decided(
    await runAction("admin.rejectMembership", async () => {
      const actor = await requireStaff();
      const { id, reason } = rejectSchema.parse(input);
      return rejectMembership(actor, { membershipId: id, reason });
    }),
  );
}

export async function validateDependantAction(input: unknown) {
  return decided(
    await runAction("admin.validateDependant", async () => {
      const actor = await requireStaff();
      const { id } = approveSchema.parse(input);
      return validateDependant(actor, { dependantId: id });
    }),
  );
}

export async function rejectDependantAction(input: unknown) {
  return decided(
    await runAction("admin.rejectDependant", async () => {
      const actor = await requireStaff();
      const { id, reason } = rejectSchema.parse(input);
      return rejectDependant(actor, { dependantId: id, reason });
    }),
  );
}

export async function acceptDocumentAction(input: unknown) {
  return decided(
    await runAction("admin.acceptDocument", async () => {
      const actor = await requireStaff();
      const { id } = approveSchema.parse(input);
      return acceptDocument(actor, { documentId: id });
    }),
  );
}

export async function acceptTaxNoticeAction(input: unknown) {
  return decided(
    await runAction("admin.acceptTaxNotice", async () => {
      const actor = await requireStaff();
      const { id, referenceIncome, taxShares } = taxNoticeSchema.parse(input);
      // The schema has checked both values, so neither parse returns null.
      const taxNotice = {
        referenceIncomeCents: parseEuroAmountCents(referenceIncome) ?? -1,
        taxShareHundredths: parseTaxShares(taxShares) ?? 0,
      };
      return acceptDocument(actor, { documentId: id, taxNotice });
    }),
  );
}

export async function rejectDocumentAction(input: unknown) {
  return decided(
    await runAction("admin.rejectDocument", async () => {
      const actor = await requireStaff();
      const { id, reason } = rejectSchema.parse(input);
      return rejectDocument(actor, { documentId: id, reason });
    }),
  );
}

/** Refreshes the back office after a decision so counts and statuses are current. */
function decided<T>(result: T) {
  revalidatePath("/admin", "layout");
  return result;
}
