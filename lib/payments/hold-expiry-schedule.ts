import { sendAtDeadlines } from "@/lib/jobs/send-at-deadlines";

/** The pg-boss queue that expires unpaid bookings at the end of their hold. */
export const BOOKING_HOLD_EXPIRY_QUEUE = "booking-hold-expiry";

/** Sends a hold expiry job at each deadline; call it after the commit. */
export function scheduleHoldExpiry(deadlines: Date[]) {
  return sendAtDeadlines(BOOKING_HOLD_EXPIRY_QUEUE, deadlines);
}
