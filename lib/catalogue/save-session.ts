// Creating and editing sessions in the back office. A capacity change goes
// through changeSessionCapacity, which locks the session's row, rejects a
// capacity below the places already confirmed or offered, and offers new
// free places to the waiting list in the same transaction.
import type { StaffActor } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";
import { lockSession } from "@/lib/booking/lock-session";
import { changeSessionCapacity } from "@/lib/booking/session-capacity";
import { runBookingTransaction } from "@/lib/booking/transaction";
import { db, type DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadReviewer } from "@/lib/staff/actor";
import { canManageOffers } from "@/lib/staff/sectors";

import { sessionFormValues } from "./form-values";
import { sessionSchema, toSessionData, type SessionData } from "./schemas";

async function requireOfferManager(client: DbClient, actor: StaffActor, offerId: string) {
  const offer = await client.offer.findUnique({ where: { id: offerId }, select: { kind: true } });
  if (!offer) throw new DomainError("not_found");
  const reviewer = await loadReviewer(client, actor);
  if (!canManageOffers(reviewer, offer.kind)) throw new DomainError("not_found");
  return reviewer;
}

/** Values of a session that the audit records, with dates as "YYYY-MM-DD" and instants in ISO. */
function auditValues(session: SessionData) {
  return {
    ...session,
    startDate: session.startDate.toISOString().slice(0, 10),
    endDate: session.endDate.toISOString().slice(0, 10),
    cancellationDeadline: session.cancellationDeadline.toISOString().slice(0, 10),
    bookingOpensAt: session.bookingOpensAt.toISOString(),
    bookingClosesAt: session.bookingClosesAt.toISOString(),
  };
}

/** Adds a session to an offer of a kind the actor manages. */
export async function createSession(
  actor: StaffActor,
  offerId: string,
  input: unknown,
): Promise<{ id: string }> {
  const data = toSessionData(sessionSchema.parse(input));
  return db.$transaction(async (tx) => {
    const reviewer = await requireOfferManager(tx, actor, offerId);
    const session = await tx.offerSession.create({ data: { ...data, offerId } });
    await recordAudit(tx, {
      action: "session.created",
      actorId: reviewer.userId,
      entityType: "OfferSession",
      entityId: session.id,
      after: { offerId, ...auditValues(data) },
    });
    return { id: session.id };
  });
}

/**
 * Returns whether the session differs from the form values an editor opened:
 * the edit page fills its form with sessionFormValues, so equal values mean
 * the session was not saved in between.
 */
function editedSince(session: Parameters<typeof sessionFormValues>[0], loaded: unknown) {
  const current: Record<string, unknown> = sessionFormValues(session);
  const opened = (loaded ?? {}) as Record<string, unknown>;
  return Object.keys(current).some((key) => current[key] !== opened[key]);
}

/**
 * Updates a session. `loaded` is the values the form was opened with:
 * when another staff member saved the session since, raises
 * `session_edited_meanwhile` rather than overwriting their change. Lowering
 * the capacity below its confirmed and offered places raises
 * `capacity_below_booked`; raising it offers the freed places to the waiting
 * list. Switching to first come, first served while requests wait for staff
 * raises `session_has_pending_requests`, so newcomers never pass them.
 */
export async function updateSession(
  actor: StaffActor,
  sessionId: string,
  input: unknown,
  loaded: unknown,
) {
  const data = toSessionData(sessionSchema.parse(input));
  await runBookingTransaction(async (tx) => {
    const found = await tx.offerSession.findUnique({ where: { id: sessionId } });
    if (!found) throw new DomainError("not_found");
    const reviewer = await requireOfferManager(tx, actor, found.offerId);
    // Read again under the lock: bookings and other editors wait until the commit.
    await lockSession(tx, sessionId);
    const before = await tx.offerSession.findUniqueOrThrow({ where: { id: sessionId } });
    if (editedSince(before, loaded)) {
      throw new DomainError("session_edited_meanwhile");
    }
    if (data.mode === "FIRST_COME" && before.mode !== "FIRST_COME") {
      const pending = await tx.booking.count({ where: { sessionId, status: "PENDING" } });
      if (pending > 0) {
        throw new DomainError("session_has_pending_requests", {
          field: "mode",
          params: { count: pending },
        });
      }
    }
    if (data.capacity !== before.capacity) {
      await changeSessionCapacity(tx, actor, sessionId, data.capacity);
    }
    const { capacity, ...otherFields } = data;
    await tx.offerSession.update({ where: { id: sessionId }, data: otherFields });
    await recordAudit(tx, {
      action: "session.updated",
      actorId: reviewer.userId,
      entityType: "OfferSession",
      entityId: sessionId,
      before: auditValues({
        label: before.label,
        startDate: before.startDate,
        endDate: before.endDate,
        capacity: before.capacity,
        audience: before.audience,
        minAge: before.minAge,
        maxAge: before.maxAge,
        adultPriceCents: before.adultPriceCents,
        childPriceCents: before.childPriceCents,
        mode: before.mode,
        bookingOpensAt: before.bookingOpensAt,
        bookingClosesAt: before.bookingClosesAt,
        cancellationDeadline: before.cancellationDeadline,
      }),
      after: auditValues({ ...otherFields, capacity }),
    });
  });
}
