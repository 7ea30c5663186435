import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/**
 * Locks the session's row until the caller's transaction ends, so changes
 * to its places happen one at a time. Every change of `confirmedPlaces` or
 * `offeredPlaces` must be made after this call, in the same transaction.
 * Raises `not_found` when the session does not exist.
 *
 * Returns the database clock read under the lock, as the booking's arrival
 * time: it is strictly later than every `queuedAt` already in the session,
 * so arrival order is a total order even when two bookings share a
 * millisecond.
 */
export async function lockSession(tx: DbClient, sessionId: string): Promise<{ lockedAt: Date }> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "OfferSession" WHERE "id" = ${sessionId} FOR UPDATE`;
  if (locked.length === 0) throw new DomainError("not_found");

  // Prisma stores DateTime as UTC in `timestamp(3)` columns, hence the UTC
  // clock truncated to milliseconds.
  const [clock] = await tx.$queryRaw<{ lockedAt: Date }[]>`
    SELECT GREATEST(
      date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC'),
      (SELECT max("queuedAt") FROM "Booking" WHERE "sessionId" = ${sessionId})
        + interval '1 millisecond'
    ) AS "lockedAt"`;
  return { lockedAt: new Date(clock.lockedAt) };
}
