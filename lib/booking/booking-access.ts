import type { StaffActor } from "@/lib/auth/guards";
import { lockSession } from "@/lib/booking/lock-session";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadReviewer } from "@/lib/staff/actor";
import { canManageOffers } from "@/lib/staff/sectors";

const bookingWithSession = {
  session: { include: { offer: { select: { title: true, kind: true } } } },
} as const;

/**
 * Locks the session of a booking of the household and reloads the booking
 * under the lock. Raises `not_found` for another household's booking.
 */
export async function lockHouseholdBooking(tx: DbClient, householdId: string, bookingId: string) {
  const found = await tx.booking.findFirst({
    where: { id: bookingId, householdId },
    select: { sessionId: true },
  });
  if (!found) throw new DomainError("not_found");
  const { lockedAt } = await lockSession(tx, found.sessionId);
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    include: bookingWithSession,
  });
  return { booking, lockedAt };
}

/**
 * Locks the session of a booking that the staff member manages and reloads
 * the booking under the lock. Raises `not_found` when the booking does not
 * exist or belongs to a kind of offer outside the actor's sectors.
 */
export async function lockManagedBooking(tx: DbClient, actor: StaffActor, bookingId: string) {
  const staff = await loadReviewer(tx, actor);
  const found = await tx.booking.findUnique({
    where: { id: bookingId },
    select: { sessionId: true, session: { select: { offer: { select: { kind: true } } } } },
  });
  if (!found || !canManageOffers(staff, found.session.offer.kind)) {
    throw new DomainError("not_found");
  }
  const { lockedAt } = await lockSession(tx, found.sessionId);
  const booking = await tx.booking.findUniqueOrThrow({
    where: { id: bookingId },
    include: bookingWithSession,
  });
  return { booking, lockedAt, staff };
}

/** Returns the free places of a session row: capacity minus confirmed and offered places. */
export function freePlaces(session: {
  capacity: number;
  confirmedPlaces: number;
  offeredPlaces: number;
}) {
  return session.capacity - session.confirmedPlaces - session.offeredPlaces;
}

/**
 * Returns the counter changes that take a booking's places back: CONFIRMED
 * bookings hold confirmed places, OFFERED ones hold offered places, and the
 * other statuses hold none.
 */
export function releasedPlaces(booking: { status: string; places: number }) {
  if (booking.status === "CONFIRMED") return { confirmedPlaces: { decrement: booking.places } };
  if (booking.status === "OFFERED") return { offeredPlaces: { decrement: booking.places } };
  return null;
}
