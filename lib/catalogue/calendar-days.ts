const DAY_MS = 24 * 60 * 60 * 1000;

/** Returns the calendar date "YYYY-MM-DD" `days` days after `value` (negative goes back). */
export function addCalendarDays(value: string, days: number): string {
  const date = new Date(`${value}T00:00:00Z`);
  return new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days of a stay from `start` to `end`, both counted. */
export function stayLengthInDays(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
}
