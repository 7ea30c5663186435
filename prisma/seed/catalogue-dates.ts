// Date arithmetic of the demo catalogue: moving past sessions to the coming
// season, and booking instants set at a Paris wall-clock time.
import { TZDate } from "@date-fns/tz";

import { ASSOCIATION_TIME_ZONE, parseCalendarDate, toCalendarDate } from "@/lib/dates";

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_DAYS = 7;

function calendarDate(value: string): Date {
  const date = parseCalendarDate(value);
  if (!date) throw new Error(`Invalid calendar date in data/catalogue.json: ${value}`);
  return date;
}

/** Returns "YYYY-MM-DD" `days` days after `value` (negative goes back). */
export function addDays(value: string, days: number): string {
  return toCalendarDate(new Date(calendarDate(value).getTime() + days * DAY_MS));
}

/** Counts the calendar days from `start` to `end`, both counted (a Saturday-to-Saturday week is 8). */
export function lengthInDays(start: string, end: string): number {
  return Math.round((calendarDate(end).getTime() - calendarDate(start).getTime()) / DAY_MS) + 1;
}

/**
 * Moves a session to `targetYear` by a whole number of weeks, so it keeps its
 * weekday and its length. The shift is the multiple of 7 days nearest to the
 * same calendar date in the target year, so the session lands within three
 * days of its original date (school holidays start on the same weekday).
 */
export function shiftSessionToYear(
  session: { start: string; end: string },
  targetYear: number,
): { start: string; end: string } {
  const start = calendarDate(session.start);
  const sameDay = Date.UTC(targetYear, start.getUTCMonth(), start.getUTCDate());
  const weeks = Math.round((sameDay - start.getTime()) / DAY_MS / WEEK_DAYS);
  const shift = weeks * WEEK_DAYS;
  return { start: addDays(session.start, shift), end: addDays(session.end, shift) };
}

/** Returns the instant of a wall-clock time in Europe/Paris on a calendar date "YYYY-MM-DD". */
export function parisInstant(value: string, hour: number, minute = 0): Date {
  const [year, month, day] = value.split("-").map(Number);
  const zoned = new TZDate(year, month - 1, day, hour, minute, 0, ASSOCIATION_TIME_ZONE);
  return new Date(zoned.getTime());
}

/**
 * Returns the year of the coming holiday season: from September on, next
 * summer is in the next calendar year.
 */
export function comingSeasonYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 9 ? year + 1 : year;
}
