import type { StaffActor } from "@/lib/auth/guards";
import { lockSession } from "@/lib/booking/lock-session";
import { runBookingTransaction } from "@/lib/booking/transaction";
import { formatEuros } from "@/lib/catalogue/format";
import { db, type DbClient } from "@/lib/db";
import { uniqueViolationFields } from "@/lib/db/unique-violation";
import { DomainError } from "@/lib/errors";
import { balanceDueCents } from "@/lib/payments/balance";
import { findOpenCashDesk } from "@/lib/payments/cash-desk";
import {
  isCashDeskTender,
  tenderAmountCents,
  type OfficeTender,
} from "@/lib/payments/office/schemas";
import { recordReceivedPayment, type ReceivedPayment } from "@/lib/payments/record-payment";
import {
  closeBookingCheckouts,
  expireCheckoutSessions,
} from "@/lib/payments/stripe/close-checkout";
import { loadReviewer } from "@/lib/staff/actor";
import { canTakePayments } from "@/lib/staff/sectors";

/**
 * Records the tenders staff took at the office for one booking, all in one
 * transaction under the session's lock, each as its own payment with its
 * own receipt number. Nothing is written when it raises:
 * - `not_found` unless the actor may take payments for the offer's kind;
 * - `booking_not_payable` for a booking that is not CONFIRMED;
 * - `payment_exceeds_balance` when the tenders add up to more than the balance;
 * - `cash_desk_not_open` for cash, cheques or vouchers without the actor's open desk;
 * - `ancv_voucher_already_accepted`, next to the voucher's field, for a voucher
 *   accepted before.
 */
export async function recordOfficePayments(
  actor: StaffActor,
  bookingId: string,
  tenders: OfficeTender[],
  now: Date = new Date(),
) {
  try {
    const recorded = await runBookingTransaction((tx) =>
      recordLocked(tx, actor, bookingId, tenders, now),
    );
    await expireCheckoutSessions(recorded.closedCheckoutIds, CHECKOUT_CLOSE_REASON);
    return { payments: recorded.payments, balanceCents: recorded.balanceCents };
  } catch (error) {
    // Two desks accepting the same voucher at once: the unique serial
    // number stops the second one, which then reports it like the first check.
    if (uniqueViolationFields(error)?.includes("serialNumber")) {
      await assertVouchersUnused(db, tenders);
    }
    throw error;
  }
}

const CHECKOUT_CLOSE_REASON = "paid_at_office";

async function recordLocked(
  tx: DbClient,
  actor: StaffActor,
  bookingId: string,
  tenders: OfficeTender[],
  now: Date,
) {
  const staff = await loadReviewer(tx, actor);
  const found = await tx.booking.findUnique({
    where: { id: bookingId },
    select: { sessionId: true, session: { select: { offer: { select: { kind: true } } } } },
  });
  if (!found || !canTakePayments(staff, found.session.offer.kind)) {
    throw new DomainError("not_found");
  }
  await lockSession(tx, found.sessionId);
  let booking = await tx.booking.findUniqueOrThrow({ where: { id: bookingId } });
  if (booking.status !== "CONFIRMED") throw new DomainError("booking_not_payable");

  const total = tenders.reduce((sum, tender) => sum + tenderAmountCents(tender), 0);
  const due = balanceDueCents(booking);
  if (tenders.length === 0 || total > due) {
    throw new DomainError("payment_exceeds_balance", {
      field: "tenders",
      params: { balance: formatEuros(due) },
    });
  }

  const needsDesk = tenders.some((tender) => isCashDeskTender(tender.tender));
  const desk = needsDesk ? await findOpenCashDesk(tx, staff.userId) : null;
  if (needsDesk && !desk) throw new DomainError("cash_desk_not_open", { field: "tenders" });
  await assertVouchersUnused(tx, tenders);

  const payments = [];
  for (const tender of tenders) {
    const payment = await recordReceivedPayment(tx, booking, {
      ...tenderFields(tender),
      receivedAt: now,
      recordedById: staff.userId,
      cashDeskSessionId: isCashDeskTender(tender.tender) ? desk?.id : null,
    });
    payments.push({ id: payment.id, receiptNumber: payment.receiptNumber });
    // The next tender's balance and hold follow from this payment.
    booking = await tx.booking.findUniqueOrThrow({ where: { id: bookingId } });
  }
  // A Checkout page opened before charges the old balance. Closing it keeps
  // the member from paying twice for what the office just took.
  const closedCheckoutIds = await closeBookingCheckouts(tx, bookingId, CHECKOUT_CLOSE_REASON);
  return { payments, balanceCents: balanceDueCents(booking), closedCheckoutIds };
}

function tenderFields(
  tender: OfficeTender,
): Pick<
  ReceivedPayment,
  | "tender"
  | "amountCents"
  | "chequeBank"
  | "chequeNumber"
  | "chequeHolder"
  | "transferReference"
  | "vouchers"
> {
  const amountCents = tenderAmountCents(tender);
  switch (tender.tender) {
    case "CASH":
      return { tender: "CASH", amountCents };
    case "CHEQUE":
      return {
        tender: "CHEQUE",
        amountCents,
        chequeBank: tender.chequeBank,
        chequeNumber: tender.chequeNumber,
        chequeHolder: tender.chequeHolder,
      };
    case "TRANSFER":
      return { tender: "TRANSFER", amountCents, transferReference: tender.transferReference };
    case "ANCV":
      return { tender: "ANCV", amountCents, vouchers: tender.vouchers };
  }
}

/**
 * Raises `ancv_voucher_already_accepted` next to the first voucher of the
 * tenders whose serial number was accepted before.
 */
async function assertVouchersUnused(client: DbClient, tenders: OfficeTender[]) {
  const serials = tenders.flatMap((tender) =>
    tender.tender === "ANCV" ? tender.vouchers.map((voucher) => voucher.serialNumber) : [],
  );
  if (serials.length === 0) return;
  const accepted = await client.ancvVoucher.findMany({
    where: { serialNumber: { in: serials } },
    select: { serialNumber: true },
  });
  if (accepted.length === 0) return;
  const acceptedSerials = new Set(accepted.map((voucher) => voucher.serialNumber));
  for (const [index, tender] of tenders.entries()) {
    if (tender.tender !== "ANCV") continue;
    const voucherIndex = tender.vouchers.findIndex((voucher) =>
      acceptedSerials.has(voucher.serialNumber),
    );
    if (voucherIndex === -1) continue;
    throw new DomainError("ancv_voucher_already_accepted", {
      field: `tenders.${index}.vouchers.${voucherIndex}.serialNumber`,
      params: { serial: tender.vouchers[voucherIndex].serialNumber },
    });
  }
}
