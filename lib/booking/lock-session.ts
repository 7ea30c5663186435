import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/** The session's places as read under its lock. */
export type LockedSession = {
  /** Arrival time of a booking made under this lock (see lockSession). */
  lockedAt: Date;
  capacity: number;
  confirmedPlaces: number;
  offeredPlaces: number;
  cancelledAt: Date | null;
  /**
   * Number of the session's WAITING bookings with an arrival time. All of
   * them arrived before `lockedAt`, so a booking put on the waiting list
   * under this lock is number `waitingBookings + 1`.
   */
  waitingBookings: number;
};

/**
 * Locks the session's row until the caller's transaction ends, so changes
 * to its places happen one at a time. Every change of `confirmedPlaces` or
 * `offeredPlaces` must be made after this call, in the same transaction.
 * Raises `not_found` when the session does not exist.
 *
 * Returns the row's places as committed by the transactions that held the
 * lock before (PostgreSQL returns the latest row version to SELECT … FOR
 * UPDATE), and the database clock read once the lock is held. That clock
 * is the booking's arrival time: it is strictly later than every
 * `queuedAt` already in the session, so arrival order is a total order
 * even when two bookings share a millisecond.
 */
export async function lockSession(tx: DbClient, sessionId: string): Promise<LockedSession> {
  const [row] = await tx.$queryRaw<
    {
      capacity: number;
      confirmedPlaces: number;
      offeredPlaces: number;
      cancelledAt: Date | string | null;
    }[]
  >`
    SELECT "capacity", "confirmedPlaces", "offeredPlaces", "cancelledAt"
    FROM "OfferSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  if (!row) throw new DomainError("not_found");

  return {
    ...(await readArrivalClock(tx, sessionId)),
    capacity: Number(row.capacity),
    confirmedPlaces: Number(row.confirmedPlaces),
    offeredPlaces: Number(row.offeredPlaces),
    cancelledAt: row.cancelledAt === null ? null : toUtcDate(row.cancelledAt),
  };
}

/**
 * Reads the arrival time of a booking made under the session's lock and
 * the session's waiting bookings (see LockedSession). Call it once the
 * lock is held.
 */
export async function readArrivalClock(tx: DbClient, sessionId: string) {
  // A separate statement, because a clock read in the locking statement may
  // be taken before the wait for the lock. Prisma stores DateTime as UTC in
  // `timestamp(3)` columns, hence the UTC clock truncated to milliseconds.
  const [clock] = await tx.$queryRaw<{ lockedAt: Date | string; waitingBookings: number }[]>`
    SELECT GREATEST(
      date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC'),
      (SELECT max("queuedAt") FROM "Booking" WHERE "sessionId" = ${sessionId})
        + interval '1 millisecond'
    ) AS "lockedAt",
    (SELECT count(*)::int FROM "Booking"
      WHERE "sessionId" = ${sessionId} AND "status" = 'WAITING' AND "queuedAt" IS NOT NULL
    ) AS "waitingBookings"`;
  return {
    lockedAt: toUtcDate(clock.lockedAt),
    waitingBookings: Number(clock.waitingBookings),
  };
}

// The driver adapter returns `timestamp` values as Date or as ISO text
// without a zone, depending on the query; both are UTC here.
function toUtcDate(value: Date | string) {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}
