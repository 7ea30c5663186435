"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { runAction } from "@/lib/actions/run-action";
import { requireMember } from "@/lib/auth/guards";
import { chooseInstalments, choosePayAtOffice } from "@/lib/payments/member-choices";

const bookingIdSchema = z.string().trim().min(1, "required");
const instalmentChoiceSchema = z.object({
  bookingId: bookingIdSchema,
  count: z.coerce.number().int("required").min(2, "required").max(4, "required"),
});

/** Spreads the booking's member share over 2 to 4 monthly instalments. */
export async function chooseMyInstalments(input: { bookingId: string; count: number }) {
  return runAction("payment.chooseInstalments", async () => {
    const actor = await requireMember();
    const { bookingId, count } = instalmentChoiceSchema.parse(input);
    await chooseInstalments(actor, bookingId, count);
    revalidatePath("/account", "layout");
  });
}

/** Keeps the booking's places for the office delay while the household pays at the office. */
export async function chooseMyOfficePayment(bookingId: string) {
  return runAction("payment.choosePayAtOffice", async () => {
    const actor = await requireMember();
    await choosePayAtOffice(actor, bookingIdSchema.parse(bookingId));
    revalidatePath("/account", "layout");
  });
}
