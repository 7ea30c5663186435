import type { MemberActor } from "@/lib/auth/guards";
import { lockHouseholdBooking } from "@/lib/booking/booking-access";
import { recordBookingAudit } from "@/lib/booking/record-booking-audit";
import { runBookingTransaction } from "@/lib/booking/transaction";
import { toCalendarDate, todayInParis } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { holdDeadline } from "@/lib/payments/hold";
import { buildInstalmentSchedule } from "@/lib/payments/instalments";

/**
 * Spreads the member share of a CONFIRMED booking over `count` monthly
 * instalments (2 to 4), the first due today. The first instalment becomes
 * the amount that secures the places, so the hold ends once it is paid.
 * Raises `instalments_unavailable` when the offer has no threshold, the
 * share is below it, something was already paid, instalments were already
 * chosen, or the due dates would not end 30 days before the first day.
 */
export async function chooseInstalments(actor: MemberActor, bookingId: string, count: number) {
  return runBookingTransaction(async (tx) => {
    const { booking } = await lockHouseholdBooking(tx, actor.householdId, bookingId);
    const threshold = await instalmentThreshold(tx, booking.session.offerId);
    const eligible =
      booking.status === "CONFIRMED" &&
      booking.paidCents === 0 &&
      booking.instalmentCount === 1 &&
      threshold !== null &&
      booking.memberShareCents >= threshold;
    const schedule = eligible
      ? buildInstalmentSchedule({
          totalCents: booking.memberShareCents,
          count,
          today: todayInParis(),
          startDate: toCalendarDate(booking.session.startDate),
        })
      : null;
    if (!schedule) throw new DomainError("instalments_unavailable", { field: "count" });

    await tx.instalment.createMany({
      data: schedule.map((line) => ({
        bookingId: booking.id,
        position: line.position,
        dueDate: new Date(`${line.dueDate}T00:00:00Z`),
        amountCents: line.amountCents,
      })),
    });
    await tx.booking.update({ where: { id: booking.id }, data: { instalmentCount: count } });
    await recordBookingAudit(tx, booking, {
      action: "booking.instalments_chosen",
      actorId: actor.userId,
      before: { instalmentCount: booking.instalmentCount },
      after: { instalmentCount: count, schedule },
    });
    return schedule;
  });
}

/** Returns the offer's instalment threshold in cents, or null when it allows none. */
export async function instalmentThreshold(client: DbClient, offerId: string) {
  const offer = await client.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: { instalmentThresholdCents: true },
  });
  return offer.instalmentThresholdCents;
}

/**
 * Turns the online hold of an unpaid CONFIRMED booking into an office hold,
 * which gives the household days instead of minutes to pay at the office.
 * A member may do it once per booking. Raises `office_payment_unavailable`
 * when the booking has no unpaid places on hold (never held, paid, expired or
 * cancelled), and `office_payment_already_chosen` the second time.
 */
export async function choosePayAtOffice(actor: MemberActor, bookingId: string) {
  return runBookingTransaction(async (tx) => {
    const { booking, lockedAt } = await lockHouseholdBooking(tx, actor.householdId, bookingId);
    const onHold =
      booking.status === "CONFIRMED" &&
      booking.holdExpiresAt !== null &&
      booking.holdExpiresAt > lockedAt;
    if (!onHold) throw new DomainError("office_payment_unavailable");

    const chosenBefore = await tx.auditEntry.findFirst({
      where: { entityId: booking.id, action: "booking.office_payment_chosen" },
      select: { id: true },
    });
    if (chosenBefore) throw new DomainError("office_payment_already_chosen");

    const officeDeadline = holdDeadline("office", {
      memberShareCents: booking.memberShareCents,
      startDate: booking.session.startDate,
      now: lockedAt,
    });
    // An office hold never ends sooner than the online hold it replaces.
    const holdExpiresAt =
      officeDeadline && officeDeadline > booking.holdExpiresAt!
        ? officeDeadline
        : booking.holdExpiresAt!;
    await tx.booking.update({ where: { id: booking.id }, data: { holdExpiresAt } });
    await recordBookingAudit(tx, booking, {
      action: "booking.office_payment_chosen",
      actorId: actor.userId,
      before: { holdExpiresAt: booking.holdExpiresAt },
      after: { holdExpiresAt },
    });
    return { holdExpiresAt };
  });
}
