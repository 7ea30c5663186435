// Refunds that staff pay back by hand: to issue (cheque, cash, ANCV or
// transfer payments) and failed (Stripe refused a card refund).
import type { StaffActor } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { findOpenCashDesk } from "@/lib/payments/cash-desk";
import { requirePaymentViewer } from "@/lib/payments/staff-views";

const OPEN_REFUND_STATUSES = ["TO_ISSUE", "FAILED"] as const;

/** Lists refunds to issue and failed card refunds, oldest first. */
export async function listRefundsToIssue(actor: StaffActor) {
  await requirePaymentViewer(actor);
  return db.refund.findMany({
    where: { status: { in: [...OPEN_REFUND_STATUSES] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      status: true,
      tender: true,
      amountCents: true,
      reason: true,
      createdAt: true,
      payment: {
        select: { receiptNumber: true, chequeHolder: true, transferReference: true },
      },
      booking: {
        select: {
          id: true,
          reference: true,
          member: { select: { firstName: true, lastName: true } },
          household: {
            select: { addressLine1: true, postalCode: true, communeName: true },
          },
        },
      },
    },
  });
}

export type RefundToIssue = Awaited<ReturnType<typeof listRefundsToIssue>>[number];

/**
 * Marks a refund to issue (or a failed card refund) as paid back, with how
 * it was paid (cheque number, transfer reference). The update only applies
 * to a refund still open, so two staff members cannot issue it twice: the
 * second gets `refund_already_issued`. A CASH refund needs the actor's open
 * cash desk, else `cash_desk_not_open_for_refund`. Raises `not_found` for
 * an unknown refund or an actor who may not see payments.
 */
export async function markRefundIssued(actor: StaffActor, refundId: string, issueNote: string) {
  const staff = await requirePaymentViewer(actor);
  const note = issueNote.trim();
  if (note === "") throw new DomainError("invalid_input", { field: "note" });
  return db.$transaction(async (tx) => {
    const refund = await tx.refund.findUnique({ where: { id: refundId } });
    if (!refund) throw new DomainError("not_found");
    // Cash goes back out of the issuing staff member's drawer, so their
    // open desk's expected cash drops by the refund (see sumCashRefunds).
    // The desk stays locked until commit, so it cannot close in between.
    // A cash refund is paid back in cash only, as the refunds page instructs.
    const desk = refund.tender === "CASH" ? await findOpenCashDesk(tx, staff.userId) : null;
    if (refund.tender === "CASH" && !desk) throw new DomainError("cash_desk_not_open_for_refund");
    const issuedAt = new Date();
    const { count } = await tx.refund.updateMany({
      where: { id: refundId, status: { in: [...OPEN_REFUND_STATUSES] } },
      data: { status: "ISSUED", issuedAt, issuedById: staff.userId, issueNote: note },
    });
    if (count === 0) throw new DomainError("refund_already_issued");
    await recordAudit(tx, {
      action: "refund.issued",
      actorId: staff.userId,
      entityType: "Refund",
      entityId: refund.id,
      householdId: refund.householdId,
      before: { status: refund.status },
      after: {
        status: "ISSUED",
        bookingId: refund.bookingId,
        amountCents: refund.amountCents,
        issueNote: note,
        ...(desk ? { cashDeskSessionId: desk.id } : {}),
      },
    });
    return { id: refund.id, issuedAt };
  });
}
