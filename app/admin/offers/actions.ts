"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { runAction } from "@/lib/actions/run-action";
import { requireStaff } from "@/lib/auth/guards";
import { createOffer, setOfferStatus, updateOffer } from "@/lib/catalogue/save-offer";
import { createSession, updateSession } from "@/lib/catalogue/save-session";
import { offerSchema, offerStatusSchema, sessionSchema } from "@/lib/catalogue/schemas";

// Each action checks the staff member; the domain function then checks
// that their sectors manage the offer's kind.

const id = z.string().min(1).max(100);

export async function createOfferAction(input: unknown) {
  return runAction("adminOffers.create", async () => {
    const actor = await requireStaff();
    return createOffer(actor, offerSchema.parse(input));
  });
}

export async function updateOfferAction(offerId: unknown, input: unknown) {
  const result = await runAction("adminOffers.update", async () => {
    const actor = await requireStaff();
    await updateOffer(actor, id.parse(offerId), offerSchema.parse(input));
  });
  if (result.ok) revalidatePath("/admin/offers", "layout");
  return result;
}

export async function setOfferStatusAction(offerId: unknown, input: unknown) {
  const result = await runAction("adminOffers.setStatus", async () => {
    const actor = await requireStaff();
    const { status } = offerStatusSchema.parse(input);
    await setOfferStatus(actor, id.parse(offerId), status);
  });
  if (result.ok) revalidatePath("/admin/offers", "layout");
  return result;
}

export async function createSessionAction(offerId: unknown, input: unknown) {
  const result = await runAction("adminOffers.createSession", async () => {
    const actor = await requireStaff();
    return createSession(actor, id.parse(offerId), sessionSchema.parse(input));
  });
  if (result.ok) revalidatePath("/admin/offers", "layout");
  return result;
}

export async function updateSessionAction(sessionId: unknown, input: unknown, loaded: unknown) {
  const result = await runAction("adminOffers.updateSession", async () => {
    const actor = await requireStaff();
    await updateSession(actor, id.parse(sessionId), sessionSchema.parse(input), loaded);
  });
  if (result.ok) revalidatePath("/admin/offers", "layout");
  return result;
}
