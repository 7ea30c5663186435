import { TZDate } from "@date-fns/tz";
import { format, isValid, parse } from "date-fns";

/** The association lives in Europe/Paris: "today" and "this year" are taken there. */
export const ASSOCIATION_TIME_ZONE = "Europe/Paris";

/** Today's calendar date in Europe/Paris, as "YYYY-MM-DD". */
export function todayInParis(now: Date = new Date()): string {
  return format(new TZDate(now, ASSOCIATION_TIME_ZONE), "yyyy-MM-dd");
}

/** Returns the current year in Europe/Paris (the membership and campaign year). */
export function currentYear(now: Date = new Date()): number {
  return Number(todayInParis(now).slice(0, 4));
}

/**
 * Parses a calendar date "YYYY-MM-DD" into the Date that Prisma stores in a
 * PostgreSQL `date` column (midnight UTC); returns null when invalid.
 */
export function parseCalendarDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = parse(value, "yyyy-MM-dd", new Date(0));
  if (!isValid(parsed)) return null;
  return new Date(`${value}T00:00:00Z`);
}

/** Formats a `date` column value back to "YYYY-MM-DD", ignoring any time zone. */
export function toCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Formats a `date` column value as "14/03/1985" for the French UI. */
export function formatCalendarDateFr(date: Date): string {
  const [year, month, day] = toCalendarDate(date).split("-");
  return `${day}/${month}/${year}`;
}

/** Age in whole years on a reference calendar date (both `date` column values). */
export function ageOn(birthDate: Date, referenceDate: Date): number {
  const birth = toCalendarDate(birthDate);
  const reference = toCalendarDate(referenceDate);
  let age = Number(reference.slice(0, 4)) - Number(birth.slice(0, 4));
  if (reference.slice(5) < birth.slice(5)) age -= 1;
  return age;
}

/**
 * Formats a date with `formatter` (a French Intl formatter), writing the
 * first day of a month as "1er" as French typography does: "1er juillet".
 */
export function formatWithFirstOrdinal(formatter: Intl.DateTimeFormat, date: Date): string {
  return formatter
    .formatToParts(date)
    .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}
