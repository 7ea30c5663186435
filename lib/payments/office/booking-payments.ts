import type { StaffActor } from "@/lib/auth/guards";
import { todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { balanceDueCents, netPaidCents } from "@/lib/payments/balance";
import { overdueInstalments } from "@/lib/payments/staff-views";
import { loadReviewer } from "@/lib/staff/actor";
import { canTakePayments, canViewPayments } from "@/lib/staff/sectors";

/**
 * Loads a booking's money for the staff payment panel: balance, hold,
 * instalments (each marked paid or overdue), payments with their vouchers,
 * refunds, and whether the actor may take a payment now. Raises `not_found`
 * for an unknown booking, or unless the actor takes payments for the
 * offer's kind or may view all payments.
 */
export async function getBookingPayments(actor: StaffActor, bookingId: string, now = new Date()) {
  const staff = await loadReviewer(db, actor);
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      reference: true,
      status: true,
      memberShareCents: true,
      publicPriceCents: true,
      subsidyCents: true,
      paidCents: true,
      refundedCents: true,
      cancellationFeeCents: true,
      holdExpiresAt: true,
      instalmentCount: true,
      member: { select: { firstName: true, lastName: true, employeeNumber: true } },
      session: {
        select: {
          startDate: true,
          endDate: true,
          label: true,
          offer: { select: { title: true, kind: true } },
        },
      },
      instalments: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, dueDate: true, amountCents: true },
      },
      payments: {
        where: { status: { not: "CANCELLED" } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          receiptNumber: true,
          tender: true,
          status: true,
          amountCents: true,
          refundedCents: true,
          receivedAt: true,
          chequeBank: true,
          chequeNumber: true,
          chequeHolder: true,
          transferReference: true,
          vouchers: { select: { serialNumber: true, faceValueCents: true } },
        },
      },
      refunds: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          tender: true,
          status: true,
          amountCents: true,
          reason: true,
          createdAt: true,
          issuedAt: true,
          issueNote: true,
        },
      },
    },
  });
  const kind = booking?.session.offer.kind;
  const mayTake = kind !== undefined && canTakePayments(staff, kind);
  if (!booking || (!mayTake && !canViewPayments(staff))) throw new DomainError("not_found");

  const netPaid = netPaidCents(booking);
  const overdueIds = new Set(
    overdueInstalments(booking.instalments, netPaid, todayInParis(now)).map((due) => due.id),
  );
  let cumulative = 0;
  const instalments = booking.instalments.map((instalment) => {
    cumulative += instalment.amountCents;
    return { ...instalment, paid: netPaid >= cumulative, overdue: overdueIds.has(instalment.id) };
  });
  const balanceCents = balanceDueCents(booking);
  const openDesk = await db.cashDeskSession.findFirst({
    where: { staffId: staff.userId, closedAt: null },
    select: { id: true },
  });
  return {
    booking: { ...booking, instalments },
    netPaidCents: netPaid,
    balanceCents,
    canTakePayment: mayTake && booking.status === "CONFIRMED" && balanceCents > 0,
    hasOpenDesk: openDesk !== null,
  };
}

export type BookingPayments = Awaited<ReturnType<typeof getBookingPayments>>;
