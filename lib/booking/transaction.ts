import { AsyncLocalStorage } from "node:async_hooks";

import { scheduleOfferExpiry } from "@/lib/booking/offer-expiry-schedule";
import { db, type DbClient } from "@/lib/db";
import { scheduleHoldExpiry } from "@/lib/payments/hold-expiry-schedule";

/**
 * Interactive transaction limits for everything that locks a session.
 * When hundreds of members book one session at once, each transaction
 * waits first for one of the pool's connections (`maxWait`), then for the
 * session's row lock, which the transactions ahead hold one after another.
 * The last of N simultaneous bookings so waits for about N times one
 * booking's time. In tests/booking/concurrency.test.ts (200 bookings of one
 * session, one Node process, 2 cores), that took 6 s on an idle machine and
 * up to 19 s while other test files ran. With Prisma's defaults (maxWait
 * 2 s, timeout 5 s), 142 of the 200 bookings failed. `maxWait` is 60 s, the
 * usual reverse-proxy read timeout (nginx's default), beyond which the
 * member's request would be cut anyway. `timeout` counts from the moment a
 * connection is held, when at most the pool's other connections are ahead
 * on the lock.
 */
export const BOOKING_TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 15_000 } as const;

type Deadlines = { offers: Date[]; holds: Date[] };

const transactionDeadlines = new AsyncLocalStorage<Deadlines>();

/**
 * Records the deadline of a waiting-list offer made in the current
 * transaction, so runBookingTransaction schedules its expiry job once the
 * transaction has committed. Outside runBookingTransaction nothing is
 * recorded, and the every-minute schedule expires the offer.
 */
export function recordOfferDeadline(deadline: Date) {
  transactionDeadlines.getStore()?.offers.push(deadline);
}

/** Records the end of an unpaid hold set in the current transaction, like recordOfferDeadline. */
export function recordHoldDeadline(deadline: Date | null) {
  if (deadline) transactionDeadlines.getStore()?.holds.push(deadline);
}

/**
 * Runs `body` in one transaction with BOOKING_TRANSACTION_OPTIONS, then
 * schedules the expiry of the waiting-list offers and payment holds it set.
 */
export async function runBookingTransaction<T>(body: (tx: DbClient) => Promise<T>): Promise<T> {
  const deadlines: Deadlines = { offers: [], holds: [] };
  const result = await transactionDeadlines.run(deadlines, () =>
    db.$transaction((tx) => body(tx), BOOKING_TRANSACTION_OPTIONS),
  );
  if (deadlines.offers.length > 0) await scheduleOfferExpiry(deadlines.offers);
  if (deadlines.holds.length > 0) await scheduleHoldExpiry(deadlines.holds);
  return result;
}
