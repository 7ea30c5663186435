import { recordAudit } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/guards";
import { lockSession } from "@/lib/booking/lock-session";
import { offerFreedPlaces } from "@/lib/booking/waiting-list";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadReviewer } from "@/lib/staff/actor";
import { canManageOffers } from "@/lib/staff/sectors";

/**
 * Sets a session's capacity inside the caller's transaction, under the
 * session's lock, then offers any new free places to the waiting list.
 * Raises `capacity_below_booked` (on the `capacity` field) below the
 * confirmed and offered places, and `not_found` outside the actor's sectors.
 *
 * Returns the offers made. Their expiry jobs are sent only when the caller
 * runs inside runBookingTransaction; otherwise the every-minute schedule
 * expires them, up to a minute late.
 */
export async function changeSessionCapacity(
  tx: DbClient,
  actor: StaffActor,
  sessionId: string,
  capacity: number,
) {
  if (!Number.isSafeInteger(capacity) || capacity < 0) {
    throw new DomainError("invalid_input", { field: "capacity" });
  }
  const staff = await loadReviewer(tx, actor);
  const found = await tx.offerSession.findUnique({
    where: { id: sessionId },
    select: { offer: { select: { kind: true } } },
  });
  if (!found || !canManageOffers(staff, found.offer.kind)) throw new DomainError("not_found");

  await lockSession(tx, sessionId);
  const session = await tx.offerSession.findUniqueOrThrow({ where: { id: sessionId } });
  const booked = session.confirmedPlaces + session.offeredPlaces;
  if (capacity < booked) {
    throw new DomainError("capacity_below_booked", { field: "capacity", params: { booked } });
  }

  await tx.offerSession.update({ where: { id: sessionId }, data: { capacity } });
  await recordAudit(tx, {
    action: "session.capacity_changed",
    actorId: staff.userId,
    entityType: "OfferSession",
    entityId: sessionId,
    before: { capacity: session.capacity },
    after: { capacity },
  });
  const offered = await offerFreedPlaces(tx, sessionId);
  return { sessionId, capacity, offered };
}
