import { addCalendarDays } from "@/lib/catalogue/calendar-days";
import { todayInParis } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import { netPaidCents } from "@/lib/payments/balance";
import { unpaidInstalments } from "@/lib/payments/instalments";

/**
 * Loads the CONFIRMED bookings paid in instalments that have an instalment
 * due on or before `lastDueDate` ("YYYY-MM-DD"), with all their instalments,
 * so the caller can tell which are still owed. With `unremindedOnly`, the
 * instalment due must also have had no reminder yet.
 */
export async function bookingsWithInstalmentsDue(
  client: DbClient,
  lastDueDate: string,
  options: { unremindedOnly?: boolean } = {},
) {
  const due = {
    dueDate: { lte: new Date(`${lastDueDate}T00:00:00Z`) },
    ...(options.unremindedOnly ? { reminderSentAt: null } : {}),
  };
  return client.booking.findMany({
    where: { status: "CONFIRMED", instalmentCount: { gt: 1 }, instalments: { some: due } },
    select: {
      id: true,
      reference: true,
      householdId: true,
      memberId: true,
      paidCents: true,
      refundedCents: true,
      holdExpiresAt: true,
      member: { select: { firstName: true, lastName: true } },
      session: { select: { startDate: true, endDate: true, offer: { select: { title: true } } } },
      instalments: { orderBy: { position: "asc" } },
    },
  });
}

export type OverdueInstalment = {
  bookingId: string;
  reference: string;
  householdId: string;
  memberName: string;
  offerTitle: string;
  position: number;
  dueDate: Date;
  owedCents: number;
};

/**
 * Lists the instalments of CONFIRMED bookings whose due date has passed
 * (before `today` in Europe/Paris) and that the money kept on the booking
 * does not cover, paying instalments in position order. Oldest first.
 */
export async function listOverdueInstalments(
  client: DbClient,
  today = todayInParis(),
): Promise<OverdueInstalment[]> {
  const bookings = await bookingsWithInstalmentsDue(client, addCalendarDays(today, -1));
  const overdue: OverdueInstalment[] = [];
  for (const booking of bookings) {
    for (const instalment of unpaidInstalments(booking.instalments, netPaidCents(booking))) {
      if (instalment.dueDate.toISOString().slice(0, 10) >= today) continue;
      overdue.push({
        bookingId: booking.id,
        reference: booking.reference,
        householdId: booking.householdId,
        memberName: `${booking.member.firstName} ${booking.member.lastName}`,
        offerTitle: booking.session.offer.title,
        position: instalment.position,
        dueDate: instalment.dueDate,
        owedCents: instalment.owedCents,
      });
    }
  }
  return overdue.sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime());
}
