// French formatting of catalogue money and dates. Calendar dates are stored
// at midnight UTC, so they are formatted in UTC; instants in Europe/Paris.
import { ASSOCIATION_TIME_ZONE, formatWithFirstOrdinal } from "@/lib/dates";

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const longDate = new Intl.DateTimeFormat("fr-FR", {
  weekday: "short",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortDate = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const instant = new Intl.DateTimeFormat("fr-FR", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: ASSOCIATION_TIME_ZONE,
});

/** Formats integer cents as "1 340,00 €". */
export function formatEuros(cents: number): string {
  return euros.format(cents / 100);
}

/** Formats a calendar date as "mer. 7 juillet 2027". */
export function formatDateLong(date: Date): string {
  return formatWithFirstOrdinal(longDate, date);
}

/** Formats a calendar date as "7 juil. 2027". */
export function formatDateShort(date: Date): string {
  return formatWithFirstOrdinal(shortDate, date);
}

/** Formats an instant in Europe/Paris as "16/11/2026 09:00". */
export function formatInstant(date: Date): string {
  return instant.format(date).replace(",", "");
}

/** Formats cents as the euro amount a staff form shows: "1340,50", or "" for null. */
export function centsToEuroInput(cents: number | null): string {
  if (cents === null) return "";
  const whole = Math.trunc(cents / 100);
  const rest = String(cents % 100).padStart(2, "0");
  return `${whole},${rest}`;
}
