// French display formats for the back office. Dates and times are shown in
// Europe/Paris, whatever the server's time zone.
import { ASSOCIATION_TIME_ZONE } from "@/lib/dates";

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

const dateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: ASSOCIATION_TIME_ZONE,
  dateStyle: "short",
  timeStyle: "short",
});

const date = new Intl.DateTimeFormat("fr-FR", {
  timeZone: ASSOCIATION_TIME_ZONE,
  dateStyle: "short",
});

export function formatEuros(cents: number) {
  return euros.format(cents / 100);
}

/** Tax shares from hundredths: 250 gives "2,5". */
export function formatTaxShares(hundredths: number) {
  return (hundredths / 100).toLocaleString("fr-FR", { maximumFractionDigits: 2 });
}

export function formatDateTimeParis(value: Date) {
  return dateTime.format(value);
}

export function formatDateParis(value: Date) {
  return date.format(value);
}

/** Whole days between an instant and now, for "il y a 3 jours". */
export function daysSince(value: Date, now = new Date()) {
  return Math.max(0, Math.floor((now.getTime() - value.getTime()) / (24 * 60 * 60 * 1000)));
}
