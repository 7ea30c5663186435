/**
 * Returns the same day of the month `months` months after the calendar date
 * `date` ("YYYY-MM-DD"), computed in UTC so no time zone shifts the day. A
 * day that the target month lacks becomes its last day: 31 January plus one
 * month is 28 or 29 February.
 */
export function addCalendarMonths(date: string, months: number) {
  const [year, month, day] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
