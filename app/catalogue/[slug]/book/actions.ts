"use server";

import { revalidatePath } from "next/cache";

import { runAction } from "@/lib/actions/run-action";
import { requireMember } from "@/lib/auth/guards";
import { createBooking } from "@/lib/booking/create-booking";
import { quoteBooking } from "@/lib/booking/quote-booking";
import { bookingRequestSchema } from "@/lib/booking/schemas";
import { db } from "@/lib/db";

import { toQuotePreview } from "./quote-preview";

/**
 * Books the chosen session for the chosen people of the member's household.
 * Takes a plain object (not FormData) so scripts such as the benchmark can
 * call it. Returns the booking's id, reference and status. The engine
 * decides the status and never books one person twice in a session.
 */
export async function submitBooking(input: { sessionId: string; participantIds: string[] }) {
  return runAction("booking.submit", async () => {
    const actor = await requireMember();
    const request = bookingRequestSchema.parse(input);
    const booking = await createBooking(actor, request);
    revalidatePath("/account", "layout");
    return booking;
  });
}

/** Prices a request without booking: each participant's split, the totals and the outcome. */
export async function previewBooking(input: { sessionId: string; participantIds: string[] }) {
  return runAction("booking.preview", async () => {
    const actor = await requireMember();
    const request = bookingRequestSchema.parse(input);
    return toQuotePreview(await quoteBooking(db, actor, request));
  });
}
