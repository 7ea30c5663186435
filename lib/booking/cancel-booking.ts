import type { MemberActor, StaffActor } from "@/lib/auth/guards";
import {
  lockHouseholdBooking,
  lockManagedBooking,
  releasedPlaces,
} from "@/lib/booking/booking-access";
import { queueBookingEmail } from "@/lib/booking/emails";
import { ACTIVE_BOOKING_STATUSES } from "@/lib/booking/household-people";
import { recordBookingAudit } from "@/lib/booking/record-booking-audit";
import { bookingTranslator } from "@/lib/booking/translators";
import { runBookingTransaction } from "@/lib/booking/transaction";
import { offerFreedPlaces } from "@/lib/booking/waiting-list";
import { formatCalendarDateFr, toCalendarDate, todayInParis } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import {
  settleCancellationMoney,
  type CancellationTerms,
} from "@/lib/payments/cancellation-refunds";
import {
  closeBookingCheckouts,
  expireCheckoutSessions,
} from "@/lib/payments/stripe/close-checkout";
import { queueStripeRefunds } from "@/lib/payments/stripe/refund-queue";
import { normalizeReason } from "@/lib/staff/notify";
import { formatEuros } from "@/lib/staff/format";

type LockedBooking = Awaited<ReturnType<typeof lockHouseholdBooking>>["booking"];

/** Returns whether a member may still cancel online on `now`'s day in Europe/Paris. */
export function isBeforeCancellationDeadline(cancellationDeadline: Date, now: Date) {
  return todayInParis(now) <= toCalendarDate(cancellationDeadline);
}

/**
 * Cancels a booking of the member's household up to the session's
 * cancellation deadline (that calendar day included, in Europe/Paris). The
 * places it held go to the waiting list, the offer's cancellation scale
 * decides what is kept of the money paid, and the rest is refunded. Raises `booking_not_cancellable`
 * for a booking already refused, cancelled or expired, and
 * `cancellation_deadline_passed` after the deadline.
 */
export async function cancelBooking(actor: MemberActor, bookingId: string) {
  const result = await runBookingTransaction(async (tx) => {
    const { booking } = await lockHouseholdBooking(tx, actor.householdId, bookingId);
    assertCancellable(booking);
    const now = new Date();
    if (!isBeforeCancellationDeadline(booking.session.cancellationDeadline, now)) {
      throw new DomainError("cancellation_deadline_passed", {
        params: { deadline: formatCalendarDateFr(booking.session.cancellationDeadline) },
      });
    }
    return cancelLockedBooking(tx, booking, { actorId: actor.userId, now });
  });
  await afterCancellation(result);
  return result;
}

/**
 * Cancels a booking for staff, at any time, with a reason sent to the
 * member. The cancellation scale applies unless `waiveFee`, which refunds
 * everything paid. Raises `not_found` unless the actor manages this kind of
 * offer, and `reason_required` for an empty reason.
 */
export async function cancelBookingAsStaff(
  actor: StaffActor,
  bookingId: string,
  reason: string,
  options: { waiveFee?: boolean } = {},
) {
  const trimmedReason = normalizeReason(reason);
  const result = await runBookingTransaction(async (tx) => {
    const { booking, staff } = await lockManagedBooking(tx, actor, bookingId);
    assertCancellable(booking);
    return cancelLockedBooking(tx, booking, {
      actorId: staff.userId,
      now: new Date(),
      reason: trimmedReason,
      waiveFee: options.waiveFee,
    });
  });
  await afterCancellation(result);
  return result;
}

/** Sends the card refunds to Stripe and expires the booking's open Checkout sessions. */
async function afterCancellation(result: { cardRefundIds: string[]; closedPaymentIds: string[] }) {
  await queueStripeRefunds(result.cardRefundIds);
  await expireCheckoutSessions(result.closedPaymentIds, "booking_cancelled");
}

function assertCancellable(booking: LockedBooking) {
  const active: readonly BookingStatus[] = ACTIVE_BOOKING_STATUSES;
  if (!active.includes(booking.status)) throw new DomainError("booking_not_cancellable");
}

async function cancelLockedBooking(
  tx: DbClient,
  booking: LockedBooking,
  cancellation: { actorId: string; now: Date; reason?: string; waiveFee?: boolean },
) {
  const { terms, cardRefundIds } = await settleCancellationMoney(tx, booking, cancellation);
  const closedPaymentIds = await closeBookingCheckouts(tx, booking.id, "booking_cancelled");
  await tx.booking.update({
    where: { id: booking.id },
    data: {
      status: "CANCELLED",
      cancelledAt: cancellation.now,
      cancelledById: cancellation.actorId,
      holdExpiresAt: null,
    },
  });
  const released = releasedPlaces(booking);
  if (released) {
    await tx.offerSession.update({ where: { id: booking.sessionId }, data: released });
  }

  await recordBookingAudit(tx, booking, {
    action: "booking.cancelled",
    actorId: cancellation.actorId,
    before: { status: booking.status },
    after: {
      status: "CANCELLED",
      reason: cancellation.reason ?? null,
      cancellationFeeCents: terms.feeCents,
      refundCents: terms.refundCents,
      feeWaived: cancellation.waiveFee === true,
    },
  });
  await queueBookingEmail(tx, booking, cancellation.reason ? "cancelledByStaff" : "cancelled", {
    reason: cancellation.reason,
    paragraphs: await cancellationEmailParagraphs(terms),
  });

  if (released) await offerFreedPlaces(tx, booking.sessionId, cancellation.now);
  return {
    id: booking.id,
    status: "CANCELLED" as const,
    terms,
    cardRefundIds,
    closedPaymentIds,
  };
}

/** Returns the e-mail sentences on the fee kept and the refund, none when nothing was paid. */
async function cancellationEmailParagraphs(terms: CancellationTerms) {
  if (terms.feeCents === 0 && terms.refundCents === 0) return [];
  const t = await bookingTranslator("cancellationRefunds");
  const values = {
    fee: formatEuros(terms.feeCents),
    refund: formatEuros(terms.refundCents),
    paid: formatEuros(terms.feeCents + terms.refundCents),
  };
  if (terms.refundCents === 0) return [t("email.feeOnly", values)];
  const summary = terms.feeCents === 0 ? "email.refundOnly" : "email.feeAndRefund";
  return [t(summary, values), t("email.howRefunded")];
}
