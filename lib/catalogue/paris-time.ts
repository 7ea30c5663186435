// Conversions between `<input type="datetime-local">` values, which staff
// type in Paris wall-clock time, and instants.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

import { ASSOCIATION_TIME_ZONE } from "@/lib/dates";

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * Parses "YYYY-MM-DDTHH:mm" as a Europe/Paris wall-clock time and returns
 * the instant, or null when the text or the date is invalid.
 */
export function parseParisDateTime(value: string): Date | null {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || hour > 23 || minute > 59) return null;
  const zoned = new TZDate(year, month - 1, day, hour, minute, 0, ASSOCIATION_TIME_ZONE);
  // A day such as 31 February rolls over into March: reject it.
  if (zoned.getDate() !== day || zoned.getMonth() !== month - 1) return null;
  return new Date(zoned.getTime());
}

/** Formats an instant as the "YYYY-MM-DDTHH:mm" Paris wall-clock value of a datetime-local input. */
export function toParisDateTimeInput(instant: Date): string {
  return format(new TZDate(instant, ASSOCIATION_TIME_ZONE), "yyyy-MM-dd'T'HH:mm");
}
