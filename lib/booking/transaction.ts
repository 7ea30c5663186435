import { AsyncLocalStorage } from "node:async_hooks";

import { scheduleOfferExpiry } from "@/lib/booking/offer-expiry-schedule";
import { db, type DbClient } from "@/lib/db";

/**
 * Interactive transaction limits for everything that locks a session.
 * When hundreds of members book one session at once, each transaction
 * waits first for one of the pool's connections (`maxWait`), then for the
 * session's row lock, which the transactions ahead hold one after another.
 * In tests/booking/concurrency.test.ts on a 2-core machine, 200 bookings of
 * one session took about 6.5 s in all (about 32 ms each under the lock),
 * and Prisma's defaults (maxWait 2 s, timeout 5 s) failed 142 of them.
 * `maxWait` leaves about five times that queue. `timeout` counts from the
 * moment a connection is held, when at most the pool's other connections
 * are ahead on the lock (well under a second at 10 connections).
 */
export const BOOKING_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 15_000 } as const;

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
