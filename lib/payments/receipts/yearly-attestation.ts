import { TZDate } from "@date-fns/tz";

import { ASSOCIATION_TIME_ZONE } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import type { BookingStatus } from "@/lib/generated/prisma/enums";

/**
 * Statuses of a booking that did not go ahead (cancelled, hold or offer
 * expired, refused), for which the association paid no subsidy.
 */
const STATUSES_WITHOUT_SUBSIDY: readonly BookingStatus[] = ["CANCELLED", "EXPIRED", "REFUSED"];

/** Returns whether the association paid the booking's subsidy, i.e. the booking went ahead. */
export function bookingHasSubsidy(status: BookingStatus) {
  return !STATUSES_WITHOUT_SUBSIDY.includes(status);
}

/** Returns the first instant of a calendar year in Europe/Paris. */
function startOfParisYear(year: number) {
  return new Date(new TZDate(year, 0, 1, ASSOCIATION_TIME_ZONE).getTime());
}

/**
 * Loads the household's money for one calendar year (Europe/Paris): every
 * payment received and every refund paid back (ISSUED, dated by `issuedAt`)
 * that year, grouped by booking,
 * with each booking's public price, subsidy and member share. Bookings with
 * neither are left out.
 */
export async function loadYearlyAttestation(client: DbClient, householdId: string, year: number) {
  const period = { gte: startOfParisYear(year), lt: startOfParisYear(year + 1) };
  const bookings = await client.booking.findMany({
    where: {
      householdId,
      OR: [
        { payments: { some: { status: "SUCCEEDED", receivedAt: period } } },
        { refunds: { some: { status: "ISSUED", issuedAt: period } } },
      ],
    },
    orderBy: { createdAt: "asc" },
    include: {
      participants: { select: { firstName: true, lastName: true } },
      session: { select: { startDate: true, endDate: true, offer: { select: { title: true } } } },
      payments: {
        where: { status: "SUCCEEDED", receivedAt: period },
        orderBy: { receivedAt: "asc" },
      },
      refunds: { where: { status: "ISSUED", issuedAt: period }, orderBy: { issuedAt: "asc" } },
    },
  });
  const household = await client.household.findUniqueOrThrow({
    where: { id: householdId },
    include: {
      members: { select: { firstName: true, lastName: true }, orderBy: { createdAt: "asc" } },
    },
  });

  let paidCents = 0;
  let refundedCents = 0;
  let subsidyCents = 0;
  for (const booking of bookings) {
    paidCents += booking.payments.reduce((sum, payment) => sum + payment.amountCents, 0);
    refundedCents += booking.refunds.reduce((sum, refund) => sum + refund.amountCents, 0);
    if (bookingHasSubsidy(booking.status)) subsidyCents += booking.subsidyCents;
  }
  return {
    year,
    household,
    bookings,
    totals: { paidCents, refundedCents, netPaidCents: paidCents - refundedCents, subsidyCents },
  };
}

export type YearlyAttestation = Awaited<ReturnType<typeof loadYearlyAttestation>>;

/**
 * Returns the years in which the household paid something or was paid back,
 * newest first (Europe/Paris).
 */
export async function attestationYears(client: DbClient, householdId: string) {
  const rows = await client.$queryRaw<{ year: number }[]>`
    SELECT EXTRACT(YEAR FROM "receivedAt" AT TIME ZONE 'Europe/Paris')::int AS "year"
    FROM "Payment"
    WHERE "householdId" = ${householdId} AND "status" = 'SUCCEEDED' AND "receivedAt" IS NOT NULL
    UNION
    SELECT EXTRACT(YEAR FROM "issuedAt" AT TIME ZONE 'Europe/Paris')::int AS "year"
    FROM "Refund"
    WHERE "householdId" = ${householdId} AND "status" = 'ISSUED' AND "issuedAt" IS NOT NULL
    ORDER BY "year" DESC`;
  return rows.map((row) => row.year);
}
