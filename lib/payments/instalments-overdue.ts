import type { DbClient } from "@/lib/db";

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
