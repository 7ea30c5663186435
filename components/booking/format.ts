// Formatting shared by the booking pages (server) and the booking form (client).
import { formatWithFirstOrdinal } from "@/lib/dates";

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** Formats integer cents as French euros, for example 123456 → "1 234,56 €". */
export function formatCents(cents: number): string {
  return euros.format(cents / 100);
}

// Calendar dates (PostgreSQL `date`) arrive as midnight UTC, so they are
// formatted in UTC to keep their day whatever the server's time zone.
const calendarDate = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "full",
  timeZone: "UTC",
});
const shortCalendarDate = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeZone: "UTC",
});
const parisInstant = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});

/** Formats a calendar date with its weekday, for example "samedi 10 juillet 2027". */
export function formatCalendarDate(date: Date): string {
  return formatWithFirstOrdinal(calendarDate, date);
}

/** Formats a calendar date without its weekday, for example "10 juillet 2027". */
export function formatShortCalendarDate(date: Date): string {
  return formatWithFirstOrdinal(shortCalendarDate, date);
}

/** Formats an instant in Europe/Paris, for example "6 décembre 2026 à 14:30". */
export function formatParisInstant(date: Date): string {
  return formatWithFirstOrdinal(parisInstant, date);
}
