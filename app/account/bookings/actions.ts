"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { runAction } from "@/lib/actions/run-action";
import { requireMember } from "@/lib/auth/guards";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { acceptOffer, declineOffer } from "@/lib/booking/waiting-list";

const bookingIdSchema = z.string().trim().min(1, "required");

/** Cancels one of the household's bookings. The engine checks the status and the deadline. */
export async function cancelMyBooking(bookingId: string) {
  return runAction("booking.cancel", async () => {
    const actor = await requireMember();
    await cancelBooking(actor, bookingIdSchema.parse(bookingId));
    revalidatePath("/account", "layout");
  });
}

/** Accepts the place offered from the waiting list, which confirms the booking. */
export async function acceptOfferedPlace(bookingId: string) {
  return runAction("booking.acceptOffer", async () => {
    const actor = await requireMember();
    await acceptOffer(actor, bookingIdSchema.parse(bookingId));
    revalidatePath("/account", "layout");
  });
}

/** Declines the place offered from the waiting list, which passes it to the next family. */
export async function declineOfferedPlace(bookingId: string) {
  return runAction("booking.declineOffer", async () => {
    const actor = await requireMember();
    await declineOffer(actor, bookingIdSchema.parse(bookingId));
    revalidatePath("/account", "layout");
  });
}
