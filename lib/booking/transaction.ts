import { AsyncLocalStorage } from "node:async_hooks";

import { scheduleOfferExpiry } from "@/lib/booking/offer-expiry-schedule";
import { db, type DbClient } from "@/lib/db";

/**
 * Interactive transaction limits for everything that locks a session.
 * When hundreds of members book one session in the same second, each
 * transaction waits first for one of the pool's connections (`maxWait`),
 * then for the session's row lock, which the transactions ahead hold one
 * after another for about 10–20 ms each (measured by the 200-member test
 * on a 2-core machine). 200 requests therefore queue for up to a few
 * seconds. Prisma's defaults (2 s and 5 s) turned that queue into errors,
 * so both limits leave a margin of about five times the measured wait.
 */
export const BOOKING_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

const offerDeadlines = new AsyncLocalStorage<Date[]>();

/**
 * Records the deadline of a waiting-list offer made in the current
 * transaction, so runBookingTransaction schedules its expiry job once the
 * transaction has committed. Outside runBookingTransaction nothing is
 * recorded, and the every-minute schedule expires the offer.
 */
export function recordOfferDeadline(deadline: Date) {
  offerDeadlines.getStore()?.push(deadline);
}

/**
 * Runs `body` in one transaction with BOOKING_TRANSACTION_OPTIONS, then
 * schedules the expiry of the waiting-list offers it made.
 */
export async function runBookingTransaction<T>(body: (tx: DbClient) => Promise<T>): Promise<T> {
  const deadlines: Date[] = [];
  const result = await offerDeadlines.run(deadlines, () =>
    db.$transaction((tx) => body(tx), BOOKING_TRANSACTION_OPTIONS),
  );
  if (deadlines.length > 0) await scheduleOfferExpiry(deadlines);
  return result;
}
