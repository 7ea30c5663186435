import type { StaffActor } from "@/lib/auth/guards";
import { freePlaces, lockManagedBooking, releasedPlaces } from "@/lib/booking/booking-access";
import { queueBookingEmail, waitingRank } from "@/lib/booking/emails";
import { assertStillEligible } from "@/lib/booking/recheck-eligibility";
import { recordBookingAudit } from "@/lib/booking/record-booking-audit";
import { recordHoldDeadline, runBookingTransaction } from "@/lib/booking/transaction";
import { offerFreedPlaces } from "@/lib/booking/waiting-list";
import { DomainError } from "@/lib/errors";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { holdDeadline } from "@/lib/payments/hold";
import { normalizeReason } from "@/lib/staff/notify";

// Staff may refuse a request, or a family still on the waiting list or
// holding an offer; a CONFIRMED booking is cancelled instead.
const REFUSABLE_STATUSES: BookingStatus[] = ["PENDING", "WAITING", "OFFERED"];

/**
 * Approves a PENDING request: it becomes CONFIRMED if its places are free
 * under the session's lock. Raises `booking_ineligible` when a participant
 * may no longer take part, `session_full` when the places are not free (staff
 * may then move it to the waiting list), `booking_already_decided` when
 * another decision came first, and `not_found` outside the actor's sectors.
 */
export async function approveBooking(actor: StaffActor, bookingId: string) {
  return runBookingTransaction(async (tx) => {
    const { booking, staff } = await lockManagedBooking(tx, actor, bookingId);
    if (booking.status !== "PENDING") throw new DomainError("booking_already_decided");
    await assertStillEligible(tx, booking);
    const placesLeft = Math.max(freePlaces(booking.session), 0);
    if (placesLeft < booking.places) {
      throw new DomainError("session_full", { params: { placesLeft, places: booking.places } });
    }

    const now = new Date();
    const holdExpiresAt = holdDeadline("office", {
      memberShareCents: booking.memberShareCents - (booking.paidCents - booking.refundedCents),
      startDate: booking.session.startDate,
      now,
    });
    recordHoldDeadline(holdExpiresAt);
    await tx.booking.update({
      where: { id: bookingId },
      data: {
        status: "CONFIRMED",
        decidedById: staff.userId,
        decidedAt: now,
        holdExpiresAt,
      },
    });
    await tx.offerSession.update({
      where: { id: booking.sessionId },
      data: { confirmedPlaces: { increment: booking.places } },
    });
    await recordBookingAudit(tx, booking, {
      action: "booking.approved",
      actorId: staff.userId,
      before: { status: "PENDING" },
      after: { status: "CONFIRMED" },
    });
    await queueBookingEmail(tx, { ...booking, holdExpiresAt }, "approved");
    return { id: bookingId, status: "CONFIRMED" as const };
  });
}

/**
 * Refuses a PENDING, WAITING or OFFERED booking with a reason sent to the
 * member; places set aside for an offer go to the next families. Raises
 * `reason_required` for an empty reason and `booking_already_decided` for
 * any other status.
 */
export async function refuseBooking(actor: StaffActor, bookingId: string, reason: string) {
  const refusalReason = normalizeReason(reason);
  return runBookingTransaction(async (tx) => {
    const { booking, staff } = await lockManagedBooking(tx, actor, bookingId);
    if (!REFUSABLE_STATUSES.includes(booking.status)) {
      throw new DomainError("booking_already_decided");
    }

    const now = new Date();
    await tx.booking.update({
      where: { id: bookingId },
      data: { status: "REFUSED", refusalReason, decidedById: staff.userId, decidedAt: now },
    });
    const released = releasedPlaces(booking);
    if (released) {
      await tx.offerSession.update({ where: { id: booking.sessionId }, data: released });
    }
    await recordBookingAudit(tx, booking, {
      action: "booking.refused",
      actorId: staff.userId,
      before: { status: booking.status },
      after: { status: "REFUSED", refusalReason },
    });
    await queueBookingEmail(tx, booking, "refused", { reason: refusalReason });
    if (released) await offerFreedPlaces(tx, booking.sessionId, now);
    return { id: bookingId, status: "REFUSED" as const };
  });
}

/**
 * Puts a PENDING request on the waiting list at its arrival rank (its
 * `queuedAt`, set when it was made). If places are free it is offered them
 * at once, like any waiting booking. Raises `booking_already_decided` for
 * any other status.
 */
export async function moveToWaitingList(actor: StaffActor, bookingId: string) {
  return runBookingTransaction(async (tx) => {
    const { booking, staff, lockedAt } = await lockManagedBooking(tx, actor, bookingId);
    if (booking.status !== "PENDING") throw new DomainError("booking_already_decided");

    // Every booking made by createBooking has a queuedAt; the fallback only
    // covers rows written by other means.
    const queuedAt = booking.queuedAt ?? lockedAt;
    await tx.booking.update({
      where: { id: bookingId },
      data: { status: "WAITING", queuedAt, decidedById: staff.userId, decidedAt: new Date() },
    });
    await recordBookingAudit(tx, booking, {
      action: "booking.waitlisted",
      actorId: staff.userId,
      before: { status: "PENDING" },
      after: { status: "WAITING" },
    });
    const rank = await waitingRank(tx, booking.sessionId, queuedAt);
    await queueBookingEmail(tx, booking, "waitlisted", { rank });
    await offerFreedPlaces(tx, booking.sessionId);
    return { id: bookingId, status: "WAITING" as const };
  });
}
