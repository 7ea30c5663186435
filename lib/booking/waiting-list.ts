import type { MemberActor } from "@/lib/auth/guards";
import { queueBookingEmail } from "@/lib/booking/emails";
import { lockHouseholdBooking } from "@/lib/booking/booking-access";
import { lockSession } from "@/lib/booking/lock-session";
import { assertStillEligible } from "@/lib/booking/recheck-eligibility";
import { offerDeadline } from "@/lib/booking/offer-deadline";
import { recordBookingAudit } from "@/lib/booking/record-booking-audit";
import {
  recordHoldDeadline,
  recordOfferDeadline,
  runBookingTransaction,
} from "@/lib/booking/transaction";
import { db, type DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { holdDeadline } from "@/lib/payments/hold";
import { formatDateTimeParis } from "@/lib/staff/format";

export type OfferedBooking = { bookingId: string; places: number; offerExpiresAt: Date };

/**
 * Offers the session's free places to the waiting list, in `queuedAt`
 * order. A booking needing more places than are free keeps its rank and is
 * skipped for now, so a family is served together or waits. The caller
 * must hold the session's lock (lockSession). Offers nothing once the
 * session is cancelled, or has started and no longer takes bookings.
 */
export async function offerFreedPlaces(
  tx: DbClient,
  sessionId: string,
  now: Date = new Date(),
): Promise<OfferedBooking[]> {
  const session = await tx.offerSession.findUniqueOrThrow({
    where: { id: sessionId },
    include: { offer: { select: { title: true } } },
  });
  const deadline = offerDeadline(now, session);
  let free = session.capacity - session.confirmedPlaces - session.offeredPlaces;
  if (session.cancelledAt || deadline.getTime() <= now.getTime() || free <= 0) return [];

  const waiting = await tx.booking.findMany({
    where: { sessionId, status: "WAITING" },
    orderBy: [{ queuedAt: "asc" }, { createdAt: "asc" }],
  });
  const offered: OfferedBooking[] = [];
  for (const booking of waiting) {
    if (free === 0) break;
    if (booking.places > free) continue;

    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: "WAITING" },
      data: { status: "OFFERED", offerExpiresAt: deadline },
    });
    if (count === 0) continue;
    free -= booking.places;
    offered.push({ bookingId: booking.id, places: booking.places, offerExpiresAt: deadline });

    await recordBookingAudit(tx, booking, {
      action: "booking.offered",
      actorId: null,
      before: { status: "WAITING" },
      after: { status: "OFFERED", offerExpiresAt: deadline.toISOString() },
    });
    await queueBookingEmail(tx, { ...booking, offerExpiresAt: deadline, session }, "offered");
    recordOfferDeadline(deadline);
  }

  if (offered.length > 0) {
    const places = offered.reduce((total, booking) => total + booking.places, 0);
    await tx.offerSession.update({
      where: { id: sessionId },
      data: { offeredPlaces: { increment: places } },
    });
  }
  return offered;
}

/**
 * Accepts the places offered to a waiting-list booking: it becomes
 * CONFIRMED. Raises `offer_not_pending` unless the booking is OFFERED,
 * `offer_expired` once its deadline has passed, and `booking_ineligible`
 * when a participant may no longer take part.
 */
export async function acceptOffer(actor: MemberActor, bookingId: string) {
  return runBookingTransaction(async (tx) => {
    const { booking } = await lockHouseholdBooking(tx, actor.householdId, bookingId);
    const now = new Date();
    if (booking.status !== "OFFERED" || !booking.offerExpiresAt) {
      throw new DomainError("offer_not_pending");
    }
    if (booking.offerExpiresAt.getTime() <= now.getTime()) {
      throw new DomainError("offer_expired", {
        params: { expiresAt: formatDateTimeParis(booking.offerExpiresAt) },
      });
    }
    await assertStillEligible(tx, booking);

    const holdExpiresAt = holdDeadline("online", {
      memberShareCents: booking.memberShareCents - (booking.paidCents - booking.refundedCents),
      startDate: booking.session.startDate,
      now,
    });
    recordHoldDeadline(holdExpiresAt);
    await tx.booking.update({
      where: { id: bookingId },
      data: {
        status: "CONFIRMED",
        decidedAt: now,
        holdExpiresAt,
      },
    });
    await tx.offerSession.update({
      where: { id: booking.sessionId },
      data: {
        offeredPlaces: { decrement: booking.places },
        confirmedPlaces: { increment: booking.places },
      },
    });
    await recordBookingAudit(tx, booking, {
      action: "booking.offer_accepted",
      actorId: actor.userId,
      before: { status: "OFFERED" },
      after: { status: "CONFIRMED" },
    });
    await queueBookingEmail(tx, { ...booking, holdExpiresAt }, "offerAccepted");
    return { id: bookingId, status: "CONFIRMED" as const };
  });
}

/**
 * Declines the places offered to a waiting-list booking: it is cancelled
 * and the places go to the next families. Raises `offer_not_pending`
 * unless the booking is OFFERED.
 */
export async function declineOffer(actor: MemberActor, bookingId: string) {
  return runBookingTransaction(async (tx) => {
    const { booking } = await lockHouseholdBooking(tx, actor.householdId, bookingId);
    if (booking.status !== "OFFERED") throw new DomainError("offer_not_pending");
    const now = new Date();

    await tx.booking.update({
      where: { id: bookingId },
      data: { status: "CANCELLED", cancelledAt: now, cancelledById: actor.userId },
    });
    await tx.offerSession.update({
      where: { id: booking.sessionId },
      data: { offeredPlaces: { decrement: booking.places } },
    });
    await recordBookingAudit(tx, booking, {
      action: "booking.offer_declined",
      actorId: actor.userId,
      before: { status: "OFFERED" },
      after: { status: "CANCELLED" },
    });
    await queueBookingEmail(tx, booking, "offerDeclined");
    await offerFreedPlaces(tx, booking.sessionId, now);
    return { id: bookingId, status: "CANCELLED" as const };
  });
}

/**
 * Expires every OFFERED booking whose deadline is at or before `now`, and
 * offers the released places to the next families. Each session is handled
 * in its own transaction under its lock, and each booking is updated only
 * while still OFFERED, so running it twice, or on two instances at once,
 * expires each offer once.
 */
export async function expireOffers(now: Date = new Date()): Promise<{ expired: number }> {
  const due = await db.booking.findMany({
    where: { status: "OFFERED", offerExpiresAt: { lte: now } },
    select: { sessionId: true },
    distinct: ["sessionId"],
  });
  let expired = 0;
  for (const { sessionId } of due) {
    expired += await runBookingTransaction((tx) => expireSessionOffers(tx, sessionId, now));
  }
  return { expired };
}

async function expireSessionOffers(tx: DbClient, sessionId: string, now: Date) {
  await lockSession(tx, sessionId);
  const bookings = await tx.booking.findMany({
    where: { sessionId, status: "OFFERED", offerExpiresAt: { lte: now } },
    include: { session: { include: { offer: { select: { title: true } } } } },
  });
  let released = 0;
  let expired = 0;
  for (const booking of bookings) {
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: "OFFERED" },
      data: { status: "EXPIRED" },
    });
    if (count === 0) continue;
    released += booking.places;
    expired += 1;
    await recordBookingAudit(tx, booking, {
      action: "booking.offer_expired",
      actorId: null,
      before: { status: "OFFERED", offerExpiresAt: booking.offerExpiresAt?.toISOString() ?? null },
      after: { status: "EXPIRED" },
    });
    await queueBookingEmail(tx, booking, "offerExpired");
  }
  if (released === 0) return 0;

  await tx.offerSession.update({
    where: { id: sessionId },
    data: { offeredPlaces: { decrement: released } },
  });
  await offerFreedPlaces(tx, sessionId, now);
  return expired;
}
