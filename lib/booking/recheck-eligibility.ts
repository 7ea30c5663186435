import { buildQuote, loadHouseholdFacts, loadQuoteSession } from "@/lib/booking/quote-booking";
import { bookingTranslator } from "@/lib/booking/translators";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";

type BookingToRecheck = { id: string; householdId: string; memberId: string; sessionId: string };

/**
 * Checks again that every participant of a booking may take part, before
 * staff approve it or a family accepts offered places: a membership
 * cancelled, a child archived or an offer withdrawn since the request stops
 * it. The booking window is not checked (both happen after it may close),
 * nor "already booked" (these people are in the booking itself). Raises
 * `booking_ineligible` with every refusal's message.
 */
export async function assertStillEligible(tx: DbClient, booking: BookingToRecheck) {
  const participants = await tx.bookingParticipant.findMany({
    where: { bookingId: booking.id },
    select: { memberId: true, dependantId: true },
  });
  const participantIds = participants.flatMap((line) => line.memberId ?? line.dependantId ?? []);
  const [session, facts, t] = await Promise.all([
    loadQuoteSession(tx, booking.sessionId),
    loadHouseholdFacts(tx, booking, participantIds, booking.sessionId),
    bookingTranslator("bookingRules"),
  ]);
  const quote = buildQuote(t, session, facts, new Set(), { ignoreBookingWindow: true });
  const refusals = quote.lines.flatMap((line) => line.refusals.map((refusal) => refusal.message));
  if (refusals.length > 0) {
    throw new DomainError("booking_ineligible", { params: { details: refusals.join(" ") } });
  }
}
