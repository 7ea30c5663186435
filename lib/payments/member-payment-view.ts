import { toCalendarDate, todayInParis } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import { balanceDueCents, netPaidCents } from "@/lib/payments/balance";
import { computeCancellationTerms } from "@/lib/payments/cancellation-refunds";
import { availableInstalmentCounts, buildInstalmentSchedule } from "@/lib/payments/instalments";
import { instalmentThreshold } from "@/lib/payments/member-choices";

/**
 * Loads what the member's booking page shows about paying: the balance, the
 * due dates chosen or the instalment plans still open, whether paying at the
 * office was chosen or may be, and what cancelling today would keep and
 * refund. Returns null for another household's booking.
 */
export async function loadMemberPaymentView(
  client: DbClient,
  householdId: string,
  bookingId: string,
  now = new Date(),
) {
  const booking = await client.booking.findFirst({
    where: { id: bookingId, householdId },
    include: {
      session: { select: { offerId: true, startDate: true } },
      instalments: { orderBy: { position: "asc" } },
    },
  });
  if (!booking) return null;

  const today = todayInParis(now);
  const netPaid = netPaidCents(booking);
  const onHold =
    booking.status === "CONFIRMED" && booking.holdExpiresAt !== null && booking.holdExpiresAt > now;
  const officeChosen =
    (await client.auditEntry.count({
      where: { entityId: booking.id, action: "booking.office_payment_chosen" },
    })) > 0;

  const threshold = await instalmentThreshold(client, booking.session.offerId);
  const instalmentsOpen =
    booking.status === "CONFIRMED" &&
    booking.paidCents === 0 &&
    booking.instalmentCount === 1 &&
    threshold !== null &&
    booking.memberShareCents >= threshold;
  const scheduleFacts = {
    totalCents: booking.memberShareCents,
    today,
    startDate: toCalendarDate(booking.session.startDate),
  };
  const instalmentPlans = instalmentsOpen
    ? availableInstalmentCounts(scheduleFacts).map((count) => ({
        count,
        schedule: buildInstalmentSchedule({ ...scheduleFacts, count })!,
      }))
    : [];

  let covered = netPaid;
  const schedule = booking.instalments.map((instalment) => {
    const paid = Math.min(Math.max(covered, 0), instalment.amountCents);
    covered -= paid;
    return {
      position: instalment.position,
      dueDate: instalment.dueDate,
      amountCents: instalment.amountCents,
      owedCents: instalment.amountCents - paid,
      overdue: paid < instalment.amountCents && toCalendarDate(instalment.dueDate) < today,
    };
  });

  return {
    reference: booking.reference,
    status: booking.status,
    memberShareCents: booking.memberShareCents,
    netPaidCents: netPaid,
    balanceCents: balanceDueCents(booking),
    holdExpiresAt: onHold ? booking.holdExpiresAt : null,
    officeChosen,
    officeAvailable: onHold && !officeChosen,
    schedule,
    instalmentPlans,
    cancellationTerms: await computeCancellationTerms(client, booking, { now }),
  };
}

export type MemberPaymentView = NonNullable<Awaited<ReturnType<typeof loadMemberPaymentView>>>;

/**
 * Returns which parts the payment choices show: the instalments chosen
 * ("schedule") or the plans still open ("choice"), and paying at the
 * office. Each part is null or false when it has nothing to offer, for
 * example a share under the offer's threshold or a departure too close.
 */
export function paymentChoiceSections(
  view: Pick<
    MemberPaymentView,
    "schedule" | "instalmentPlans" | "officeAvailable" | "officeChosen" | "balanceCents"
  >,
) {
  let instalments: "schedule" | "choice" | null = null;
  if (view.schedule.length > 0) instalments = "schedule";
  else if (view.instalmentPlans.length > 0) instalments = "choice";
  const office = (view.officeAvailable || view.officeChosen) && view.balanceCents > 0;
  return { instalments, office };
}
