import { TZDate } from "@date-fns/tz";

import { ASSOCIATION_TIME_ZONE, toCalendarDate } from "@/lib/dates";

/** How long a waiting-list family has to accept the places offered to it. */
export const OFFER_ACCEPTANCE_HOURS = 48;

/** Returns the instant a session starts: midnight in Europe/Paris on its first day. */
export function sessionStartInstant(startDate: Date): Date {
  const [year, month, day] = toCalendarDate(startDate).split("-").map(Number);
  return new Date(new TZDate(year, month - 1, day, ASSOCIATION_TIME_ZONE).getTime());
}

/**
 * Returns the deadline to accept places offered at `now`: 48 hours later,
 * but never after the session's start. A session that has started and still
 * takes bookings (a year of cinema tickets) caps it at the window's close
 * instead. A deadline not after `now` means nothing may be offered.
 */
export function offerDeadline(
  now: Date,
  session: { startDate: Date; bookingClosesAt: Date },
): Date {
  const inFortyEightHours = now.getTime() + OFFER_ACCEPTANCE_HOURS * 60 * 60 * 1000;
  const start = sessionStartInstant(session.startDate).getTime();
  const latest = start > now.getTime() ? start : session.bookingClosesAt.getTime();
  return new Date(Math.min(inFortyEightHours, latest));
}
