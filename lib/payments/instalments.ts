import { addCalendarDays } from "@/lib/catalogue/calendar-days";
import { addCalendarMonths } from "@/lib/payments/instalments-calendar";

/** Minimum and maximum number of instalments a member may choose. */
export const MIN_INSTALMENTS = 2;
export const MAX_INSTALMENTS = 4;

/**
 * Days between the last due date and the session's first day, at least.
 * The whole share is then paid a month before departure, while staff can
 * still chase an unpaid instalment and give the place to the waiting list.
 */
export const LAST_DUE_DAYS_BEFORE_START = 30;

export type ScheduledInstalment = { position: number; dueDate: string; amountCents: number };

/**
 * Builds the due dates of a member share paid in `count` instalments: the
 * first is due `today`, the next ones on the same day of each following
 * month. Amounts are whole cents that add up to `totalCents`, and the
 * remainder of the division goes on the first. Returns null when the last
 * due date would fall less than LAST_DUE_DAYS_BEFORE_START days before
 * `startDate`, or when `count` is outside 2 to 4. Dates are "YYYY-MM-DD".
 */
export function buildInstalmentSchedule(facts: {
  totalCents: number;
  count: number;
  today: string;
  startDate: string;
}): ScheduledInstalment[] | null {
  const { totalCents, count, today, startDate } = facts;
  if (!Number.isInteger(count) || count < MIN_INSTALMENTS || count > MAX_INSTALMENTS) {
    return null;
  }
  if (!Number.isInteger(totalCents) || totalCents < count) return null;

  const lastDue = addCalendarMonths(today, count - 1);
  if (lastDue > addCalendarDays(startDate, -LAST_DUE_DAYS_BEFORE_START)) return null;

  const base = Math.floor(totalCents / count);
  const remainder = totalCents - base * count;
  return Array.from({ length: count }, (_, index) => ({
    position: index + 1,
    dueDate: addCalendarMonths(today, index),
    amountCents: index === 0 ? base + remainder : base,
  }));
}

/** Returns the instalment counts (2 to 4) whose due dates fit before `startDate`. */
export function availableInstalmentCounts(facts: {
  totalCents: number;
  today: string;
  startDate: string;
}) {
  const counts: number[] = [];
  for (let count = MIN_INSTALMENTS; count <= MAX_INSTALMENTS; count++) {
    if (buildInstalmentSchedule({ ...facts, count })) counts.push(count);
  }
  return counts;
}

/**
 * Returns the instalments not yet covered by the money kept on the booking
 * (`netPaidCents`), filling them in position order, each with what is still
 * owed on it.
 */
export function unpaidInstalments<T extends { position: number; amountCents: number }>(
  instalments: T[],
  netPaidCents: number,
) {
  let covered = netPaidCents;
  const unpaid: (T & { owedCents: number })[] = [];
  for (const instalment of [...instalments].sort((a, b) => a.position - b.position)) {
    const applied = Math.min(Math.max(covered, 0), instalment.amountCents);
    covered -= applied;
    if (applied < instalment.amountCents) {
      unpaid.push({ ...instalment, owedCents: instalment.amountCents - applied });
    }
  }
  return unpaid;
}
