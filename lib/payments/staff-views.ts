// Staff reports on money: payments by day and tender, and outstanding
// balances with overdue instalments. Every query needs canViewPayments.
import { addDays } from "date-fns";

import type { StaffActor } from "@/lib/auth/guards";
import { sessionStartInstant } from "@/lib/booking/offer-deadline";
import { todayInParis, toCalendarDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { PaymentTender } from "@/lib/generated/prisma/enums";
import { balanceDueCents, netPaidCents } from "@/lib/payments/balance";
import { unpaidInstalments } from "@/lib/payments/instalments";
import { loadReviewer } from "@/lib/staff/actor";
import { canViewPayments } from "@/lib/staff/sectors";

/** Tenders in the order the reports show them. */
export const REPORT_TENDERS: PaymentTender[] = ["CARD", "CHEQUE", "CASH", "ANCV", "TRANSFER"];

/** Reloads the actor and raises `not_found` unless they may see payments. */
export async function requirePaymentViewer(actor: StaffActor) {
  const staff = await loadReviewer(db, actor);
  if (!canViewPayments(staff)) throw new DomainError("not_found");
  return staff;
}

/** Returns the instant a Europe/Paris calendar day ("2027-03-14") begins. */
function parisDayStart(day: string) {
  return sessionStartInstant(new Date(`${day}T00:00:00Z`));
}

/** The report's range: Europe/Paris calendar days, both included. */
export type DayRange = { from: string; to: string };

/** Swaps the days of a range that ends before it starts. */
function orderedRange(range: DayRange): DayRange {
  return range.from <= range.to ? range : { from: range.to, to: range.from };
}

// A report lists at most this many payments (and as many refunds), so a wide range stays quick
// to render.
export const MAX_REPORT_PAYMENTS = 5_000;

const reportBookingSelect = {
  select: {
    id: true,
    reference: true,
    member: { select: { firstName: true, lastName: true } },
    session: { select: { offer: { select: { title: true } } } },
  },
} as const;

/**
 * Lists the payments received and the refunds issued (paid back, dated by
 * `issuedAt`) over a range of Europe/Paris days, with the totals per day
 * and tender and the net kept. `truncated` is true when more than
 * MAX_REPORT_PAYMENTS payments or refunds were found: the lists and the
 * totals then stop there.
 */
export async function listPaymentsByDay(actor: StaffActor, range: DayRange) {
  await requirePaymentViewer(actor);
  const { from, to } = orderedRange(range);
  const toDate = new Date(`${to}T00:00:00Z`);
  const period = {
    gte: parisDayStart(from),
    lt: parisDayStart(toCalendarDate(addDays(toDate, 1))),
  };
  const refunds = await db.refund.findMany({
    where: { status: "ISSUED", issuedAt: period },
    orderBy: [{ issuedAt: "asc" }, { id: "asc" }],
    take: MAX_REPORT_PAYMENTS + 1,
    select: {
      id: true,
      tender: true,
      amountCents: true,
      issuedAt: true,
      issueNote: true,
      payment: { select: { receiptNumber: true } },
      booking: reportBookingSelect,
    },
  });
  const payments = await db.payment.findMany({
    where: {
      status: "SUCCEEDED",
      receivedAt: period,
    },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: MAX_REPORT_PAYMENTS + 1,
    select: {
      id: true,
      receiptNumber: true,
      tender: true,
      amountCents: true,
      refundedCents: true,
      receivedAt: true,
      chequeBank: true,
      chequeNumber: true,
      chequeHolder: true,
      transferReference: true,
      vouchers: {
        select: { serialNumber: true, faceValueCents: true },
        orderBy: { serialNumber: "asc" },
      },
      booking: reportBookingSelect,
    },
  });
  const truncated = payments.length > MAX_REPORT_PAYMENTS || refunds.length > MAX_REPORT_PAYMENTS;
  const listed = payments.slice(0, MAX_REPORT_PAYMENTS).map((payment) => ({
    ...payment,
    receivedAt: payment.receivedAt as Date,
    day: todayInParis(payment.receivedAt as Date),
  }));
  const listedRefunds = refunds.slice(0, MAX_REPORT_PAYMENTS).map((refund) => ({
    ...refund,
    issuedAt: refund.issuedAt as Date,
    day: todayInParis(refund.issuedAt as Date),
  }));
  return {
    from,
    to,
    payments: listed,
    refunds: listedRefunds,
    truncated,
    ...totalsByDay(listed, listedRefunds),
  };
}

export type PaymentsReport = Awaited<ReturnType<typeof listPaymentsByDay>>;
export type ReportPayment = PaymentsReport["payments"][number];
export type ReportRefund = PaymentsReport["refunds"][number];

type TenderTotals = Record<PaymentTender, number>;

function emptyTenderTotals() {
  return Object.fromEntries(REPORT_TENDERS.map((tender) => [tender, 0])) as TenderTotals;
}

/** Amounts received and refunded, per tender and in all, and the net kept, in cents. */
function emptyTotals() {
  return {
    byTender: emptyTenderTotals(),
    totalCents: 0,
    refundedByTender: emptyTenderTotals(),
    refundedCents: 0,
    netCents: 0,
  };
}

type Movement = { day: string; tender: PaymentTender; amountCents: number };

/**
 * Sums the amounts received and refunded per day (in date order) and
 * tender, and over the range. The net is received minus refunded.
 */
export function totalsByDay(payments: Movement[], refunds: Movement[] = []) {
  const days = new Map<string, ReturnType<typeof emptyTotals>>();
  const range = emptyTotals();
  const totalsOf = (day: string) => {
    let totals = days.get(day);
    if (!totals) {
      totals = emptyTotals();
      days.set(day, totals);
    }
    return totals;
  };
  for (const payment of payments) {
    for (const totals of [totalsOf(payment.day), range]) {
      totals.byTender[payment.tender] += payment.amountCents;
      totals.totalCents += payment.amountCents;
      totals.netCents += payment.amountCents;
    }
  }
  for (const refund of refunds) {
    for (const totals of [totalsOf(refund.day), range]) {
      totals.refundedByTender[refund.tender] += refund.amountCents;
      totals.refundedCents += refund.amountCents;
      totals.netCents -= refund.amountCents;
    }
  }
  return {
    days: [...days.entries()]
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([day, totals]) => ({ day, ...totals })),
    ...range,
  };
}

/**
 * Returns the instalments past their due date that the net paid amount
 * does not cover. Payments settle instalments in position order, so one is
 * covered once the net paid amount reaches its amount plus every earlier
 * one. `today` is a Europe/Paris calendar day ("2027-03-14"); an
 * instalment due today is not overdue yet.
 */
export function overdueInstalments<
  T extends { position: number; dueDate: Date; amountCents: number },
>(instalments: T[], netPaid: number, today: string) {
  return unpaidInstalments(instalments, netPaid).filter(
    (instalment) => toCalendarDate(instalment.dueDate) < today,
  );
}

export const MAX_OUTSTANDING_ROWS = 500;

/**
 * Lists CONFIRMED bookings that still owe money: held ones with their hold's
 * end, and the instalments overdue on `now`'s day. Overdue bookings come
 * first, then held ones by hold end, then by the session's first day. With
 * `overdueOnly`, only bookings with an overdue instalment are listed.
 */
export async function listOutstandingBalances(
  actor: StaffActor,
  options: { overdueOnly?: boolean; now?: Date } = {},
) {
  await requirePaymentViewer(actor);
  const today = todayInParis(options.now ?? new Date());
  // Prisma cannot compare two columns with arithmetic, so the owing
  // bookings are found in SQL first.
  const owing = await db.$queryRaw<{ id: string }[]>`
    SELECT b."id" FROM "Booking" b
    JOIN "OfferSession" s ON s."id" = b."sessionId"
    WHERE b."status" = 'CONFIRMED'
      AND b."memberShareCents" > b."paidCents" - b."refundedCents"
    ORDER BY s."startDate" ASC, b."id" ASC
    LIMIT ${MAX_OUTSTANDING_ROWS + 1}`;
  const truncated = owing.length > MAX_OUTSTANDING_ROWS;
  const bookings = await db.booking.findMany({
    where: { id: { in: owing.slice(0, MAX_OUTSTANDING_ROWS).map((row) => row.id) } },
    select: {
      id: true,
      reference: true,
      status: true,
      memberShareCents: true,
      paidCents: true,
      refundedCents: true,
      holdExpiresAt: true,
      instalmentCount: true,
      member: { select: { firstName: true, lastName: true, employeeNumber: true } },
      session: {
        select: { startDate: true, label: true, offer: { select: { title: true } } },
      },
      instalments: { select: { position: true, dueDate: true, amountCents: true } },
    },
  });
  const rows = bookings
    .map((booking) => ({
      ...booking,
      balanceCents: balanceDueCents(booking),
      overdue: overdueInstalments(booking.instalments, netPaidCents(booking), today),
    }))
    .filter((row) => !options.overdueOnly || row.overdue.length > 0);
  rows.sort(compareOutstanding);
  return { rows, truncated, today };
}

export type OutstandingRow = Awaited<ReturnType<typeof listOutstandingBalances>>["rows"][number];

function compareOutstanding(left: OutstandingRow, right: OutstandingRow) {
  const overdue = Number(right.overdue.length > 0) - Number(left.overdue.length > 0);
  if (overdue !== 0) return overdue;
  const leftHold = left.holdExpiresAt?.getTime() ?? Infinity;
  const rightHold = right.holdExpiresAt?.getTime() ?? Infinity;
  if (leftHold !== rightHold) return leftHold < rightHold ? -1 : 1;
  return left.session.startDate.getTime() - right.session.startDate.getTime();
}
