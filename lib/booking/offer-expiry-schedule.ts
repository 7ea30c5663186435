import { BOOKING_OFFER_EXPIRY_QUEUE } from "@/lib/booking/offer-expiry-queue";
import { sendAtDeadlines } from "@/lib/jobs/send-at-deadlines";

/** Sends an offer expiry job at each deadline; call it after the commit. */
export function scheduleOfferExpiry(deadlines: Date[]) {
  return sendAtDeadlines(BOOKING_OFFER_EXPIRY_QUEUE, deadlines);
}
