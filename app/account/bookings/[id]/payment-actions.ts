"use server";

import { z } from "zod";

import { runAction } from "@/lib/actions/run-action";
import { requireMember } from "@/lib/auth/guards";
import { startCardCheckout } from "@/lib/payments/start-checkout";

const bookingIdSchema = z.string().trim().min(1, "required");

/** Opens (or reopens) the Stripe Checkout page for what the household owes on a booking. */
export async function payBookingByCard(bookingId: string) {
  return runAction("payment.startCheckout", async () => {
    const actor = await requireMember();
    return startCardCheckout(actor, bookingIdSchema.parse(bookingId));
  });
}
