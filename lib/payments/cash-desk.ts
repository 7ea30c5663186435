import type { StaffActor } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";
import { db, type DbClient } from "@/lib/db";
import { uniqueViolationFields } from "@/lib/db/unique-violation";
import { DomainError } from "@/lib/errors";
import type { PaymentTender } from "@/lib/generated/prisma/enums";
import { loadReviewer } from "@/lib/staff/actor";
import { canViewPayments, managedOfferKinds } from "@/lib/staff/sectors";

/** Amounts counted in the drawer at closing, in cents, and the note that explains a difference. */
export type CashDeskCount = {
  countedCashCents: number;
  countedChequeCents: number;
  countedAncvCents: number;
  note: string;
};

/** Returns whether the actor takes payments for some kind of offer, and so may hold a cash desk. */
export function canHoldCashDesk(actor: StaffActor) {
  return canViewPayments(actor) || managedOfferKinds(actor).length > 0;
}

/**
 * Returns the staff member's open cash desk, or null, and locks its row in
 * share mode until the transaction ends, so a closing count (which locks
 * it for update) waits for the payments being recorded into it. A desk
 * closed meanwhile is not returned.
 */
export async function findOpenCashDesk(tx: DbClient, staffId: string) {
  const [desk] = await tx.$queryRaw<{ id: string; openingFloatCents: number }[]>`
    SELECT "id", "openingFloatCents" FROM "CashDeskSession"
    WHERE "staffId" = ${staffId} AND "closedAt" IS NULL
    FOR SHARE`;
  return desk ?? null;
}

/**
 * Opens the actor's cash desk with the float put in the drawer. Raises
 * `not_found` for staff who take no payments and `cash_desk_already_open`
 * when their desk is open.
 */
export async function openCashDesk(actor: StaffActor, openingFloatCents: number) {
  const staff = await loadReviewer(db, actor);
  if (!canHoldCashDesk(staff)) throw new DomainError("not_found");
  try {
    return await db.$transaction(async (tx) => {
      const desk = await tx.cashDeskSession.create({
        data: { staffId: staff.userId, openingFloatCents },
      });
      await recordAudit(tx, {
        action: "cash_desk.opened",
        actorId: staff.userId,
        entityType: "CashDeskSession",
        entityId: desk.id,
        after: { openingFloatCents },
      });
      return desk;
    });
  } catch (error) {
    // The partial unique index allows one open desk per staff member.
    if (uniqueViolationFields(error) !== null) throw new DomainError("cash_desk_already_open");
    throw error;
  }
}

/** Takings of a cash desk by tender: number of payments and amount, in cents. */
export type Takings = Record<
  "CASH" | "CHEQUE" | "ANCV" | "TRANSFER" | "CARD",
  {
    count: number;
    amountCents: number;
  }
>;

/** Sums a desk's received payments by tender. */
export async function sumTakings(client: DbClient, deskId: string): Promise<Takings> {
  const groups = await client.payment.groupBy({
    by: ["tender"],
    where: { cashDeskSessionId: deskId, status: "SUCCEEDED" },
    _count: { _all: true },
    _sum: { amountCents: true },
  });
  const takings: Takings = {
    CASH: { count: 0, amountCents: 0 },
    CHEQUE: { count: 0, amountCents: 0 },
    ANCV: { count: 0, amountCents: 0 },
    TRANSFER: { count: 0, amountCents: 0 },
    CARD: { count: 0, amountCents: 0 },
  };
  for (const group of groups) {
    takings[group.tender as PaymentTender] = {
      count: group._count._all,
      amountCents: group._sum.amountCents ?? 0,
    };
  }
  return takings;
}

/** A cash desk's holder and opening hours (closedAt is null while it is open). */
export type CashDeskPeriod = { staffId: string; openedAt: Date; closedAt: Date | null };

/**
 * Selects the CASH refunds paid out of a desk's drawer: those its holder
 * marked issued while it was open. A staff member has at most one open
 * desk at a time, so these periods never overlap.
 */
export function cashRefundsOfDesk(desk: CashDeskPeriod) {
  return {
    tender: "CASH" as const,
    status: "ISSUED" as const,
    issuedById: desk.staffId,
    issuedAt: { gte: desk.openedAt, ...(desk.closedAt ? { lte: desk.closedAt } : {}) },
  };
}

/** Sums the CASH refunds paid out of a desk's drawer: number and amount, in cents. */
export async function sumCashRefunds(client: DbClient, desk: CashDeskPeriod) {
  const total = await client.refund.aggregate({
    where: cashRefundsOfDesk(desk),
    _count: { _all: true },
    _sum: { amountCents: true },
  });
  return { count: total._count._all, amountCents: total._sum.amountCents ?? 0 };
}

/**
 * Returns what the drawer should hold: the float plus the cash taken minus
 * the cash refunded, and the totals of cheques and ANCV vouchers taken.
 */
export function expectedAmounts(
  openingFloatCents: number,
  takings: Takings,
  cashRefundedCents: number,
) {
  return {
    expectedCashCents: openingFloatCents + takings.CASH.amountCents - cashRefundedCents,
    expectedChequeCents: takings.CHEQUE.amountCents,
    expectedAncvCents: takings.ANCV.amountCents,
  };
}

/**
 * Closes the actor's open cash desk with the amounts counted in the drawer,
 * storing them beside what the system expected. Raises `cash_desk_not_open`
 * without an open desk and `closing_note_required` when a count differs
 * from what was expected and the note is empty.
 */
export async function closeCashDesk(actor: StaffActor, count: CashDeskCount) {
  const staff = await loadReviewer(db, actor);
  return db.$transaction(async (tx) => {
    // Locking the row makes payments and cash refunds being recorded into
    // this desk finish first, so the sums below include them.
    const [locked] = await tx.$queryRaw<
      { id: string; openingFloatCents: number; openedAt: Date }[]
    >`
      SELECT "id", "openingFloatCents", "openedAt" FROM "CashDeskSession"
      WHERE "staffId" = ${staff.userId} AND "closedAt" IS NULL
      FOR UPDATE`;
    if (!locked) throw new DomainError("cash_desk_not_open");

    const cashRefunds = await sumCashRefunds(tx, {
      staffId: staff.userId,
      openedAt: locked.openedAt,
      closedAt: null,
    });
    const expected = expectedAmounts(
      locked.openingFloatCents,
      await sumTakings(tx, locked.id),
      cashRefunds.amountCents,
    );
    const note = count.note.trim();
    const balanced =
      expected.expectedCashCents === count.countedCashCents &&
      expected.expectedChequeCents === count.countedChequeCents &&
      expected.expectedAncvCents === count.countedAncvCents;
    if (!balanced && note === "") throw new DomainError("closing_note_required", { field: "note" });

    const closed = await tx.cashDeskSession.update({
      where: { id: locked.id },
      data: {
        closedAt: new Date(),
        closedById: staff.userId,
        ...expected,
        countedCashCents: count.countedCashCents,
        countedChequeCents: count.countedChequeCents,
        countedAncvCents: count.countedAncvCents,
        closingNote: note === "" ? null : note,
      },
    });
    await recordAudit(tx, {
      action: "cash_desk.closed",
      actorId: staff.userId,
      entityType: "CashDeskSession",
      entityId: closed.id,
      after: { ...expected, ...count, note: closed.closingNote },
    });
    return closed;
  });
}

/** Returns counted minus expected, or null while the desk is open. */
export function countDifference(expected: number | null, counted: number | null) {
  return expected === null || counted === null ? null : counted - expected;
}
