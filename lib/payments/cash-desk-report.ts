// Cash desk pages: the list of desks and one desk's report.
import type { StaffActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import {
  canHoldCashDesk,
  cashRefundsOfDesk,
  expectedAmounts,
  sumCashRefunds,
  sumTakings,
  type CashDeskPeriod,
} from "@/lib/payments/cash-desk";
import { loadReviewer } from "@/lib/staff/actor";
import { canViewPayments } from "@/lib/staff/sectors";

const MAX_LISTED_DESKS = 100;

/**
 * Lists the actor's open desk and recent desks: everyone's for those who
 * may see payments, their own for other staff who take payments. Raises
 * `not_found` for staff who take no payments.
 */
export async function listCashDesks(actor: StaffActor) {
  const staff = await loadReviewer(db, actor);
  if (!canHoldCashDesk(staff)) throw new DomainError("not_found");
  const desks = await db.cashDeskSession.findMany({
    where: canViewPayments(staff) ? {} : { staffId: staff.userId },
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
    take: MAX_LISTED_DESKS,
  });
  const names = await staffNames(desks.map((desk) => desk.staffId));
  const open = desks.find((desk) => desk.staffId === staff.userId && desk.closedAt === null);
  return {
    open: open ? { ...open, ...(await liveTotals(open)) } : null,
    desks: desks.map((desk) => ({ ...desk, staffName: names.get(desk.staffId) ?? "—" })),
  };
}

/**
 * Loads one desk's report: takings by tender, each payment, each cash
 * refund paid out of the drawer, and expected
 * against counted amounts (expected so far while the desk is open). The
 * desk's holder and those who may see payments read it; others get
 * `not_found`.
 */
export async function getCashDeskReport(actor: StaffActor, deskId: string) {
  const staff = await loadReviewer(db, actor);
  const desk = await db.cashDeskSession.findUnique({ where: { id: deskId } });
  if (!desk || (desk.staffId !== staff.userId && !canViewPayments(staff))) {
    throw new DomainError("not_found");
  }
  const [payments, cashRefunds, names, live] = await Promise.all([
    db.payment.findMany({
      where: { cashDeskSessionId: desk.id, status: "SUCCEEDED" },
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        receiptNumber: true,
        tender: true,
        amountCents: true,
        receivedAt: true,
        chequeBank: true,
        chequeNumber: true,
        chequeHolder: true,
        vouchers: { select: { serialNumber: true, faceValueCents: true } },
        booking: {
          select: {
            id: true,
            reference: true,
            member: { select: { firstName: true, lastName: true } },
          },
        },
      },
    }),
    db.refund.findMany({
      where: cashRefundsOfDesk(desk),
      orderBy: [{ issuedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        amountCents: true,
        issuedAt: true,
        issueNote: true,
        payment: { select: { receiptNumber: true } },
        booking: {
          select: {
            id: true,
            reference: true,
            member: { select: { firstName: true, lastName: true } },
          },
        },
      },
    }),
    staffNames([desk.staffId, ...(desk.closedById ? [desk.closedById] : [])]),
    liveTotals(desk),
  ]);
  const expected =
    desk.closedAt === null
      ? live.expected
      : {
          expectedCashCents: desk.expectedCashCents ?? 0,
          expectedChequeCents: desk.expectedChequeCents ?? 0,
          expectedAncvCents: desk.expectedAncvCents ?? 0,
        };
  return {
    desk,
    staffName: names.get(desk.staffId) ?? "—",
    isOwn: desk.staffId === staff.userId,
    payments,
    cashRefunds,
    takings: live.takings,
    cashRefunded: live.cashRefunded,
    expected,
  };
}

async function liveTotals(desk: CashDeskPeriod & { id: string; openingFloatCents: number }) {
  const [takings, cashRefunded] = await Promise.all([
    sumTakings(db, desk.id),
    sumCashRefunds(db, desk),
  ]);
  return {
    takings,
    cashRefunded,
    expected: expectedAmounts(desk.openingFloatCents, takings, cashRefunded.amountCents),
  };
}

async function staffNames(ids: string[]) {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, displayName: true, email: true },
  });
  return new Map(users.map((user) => [user.id, user.displayName ?? user.email]));
}
