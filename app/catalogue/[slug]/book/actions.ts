"use server";

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
 *
 * It revalidates nothing on purpose: a revalidation makes Next.js render
 * the booking page again into the response, which cost about 10 ms of CPU
 * per booking in `npm run bench`. The form navigates to the new booking's
 * page on success, and the account pages are dynamic, so they are rendered
 * afresh when opened.
 */
export async function submitBooking(input: {
  sessionId: string;
  participantIds: string[];
  expectedMemberShareCents?: number;
}) {
  return runAction("booking.submit", async () => {
    const actor = await requireMember();
    const request = bookingRequestSchema.parse(input);
    return createBooking(actor, request);
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
