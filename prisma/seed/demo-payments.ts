// Takes payments for the demo bookings through the office's domain
// functions: the Caisse opens a cash desk, records cheques, cash, ANCV
// vouchers and transfers, two households pay in instalments, two bookings
// are cancelled with refunds to issue, and the desk closes with a small
// difference. Runs inside withDatabaseClient, like demo-bookings.ts.
import type { Faker } from "@faker-js/faker";

import type { StaffActor } from "@/lib/auth/guards";
import { cancelBookingAsStaff } from "@/lib/booking/cancel-booking";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OfferKind } from "@/lib/generated/prisma/enums";
import {
  closeCashDesk,
  expectedAmounts,
  openCashDesk,
  sumCashRefunds,
  sumTakings,
} from "@/lib/payments/cash-desk";
import { chooseInstalments, instalmentThreshold } from "@/lib/payments/member-choices";
import { recordOfficePayments } from "@/lib/payments/office/record-office-payments";
import type { OfficeTender } from "@/lib/payments/office/schemas";

import type { DemoBooking } from "./demo-bookings";

export const DEMO_OPENING_FLOAT_CENTS = 15_000;
/** Cash missing from the drawer when the demo desk closes. */
export const DEMO_CASH_SHORTFALL_CENTS = 230;
export const DEMO_CLOSING_NOTE =
  "Il manque 2,30 € en espèces après deux comptages : probablement une erreur de rendu de monnaie.";
export const DEMO_CANCELLATION_REASON =
  "Annulation demandée par l'adhérent au guichet (raison médicale).";

const INSTALMENT_BOOKINGS = 2;
const CANCELLED_BOOKINGS = 2;
const BANKS = [
  "Crédit Agricole Toulouse 31",
  "Banque Populaire Occitane",
  "Caisse d'Épargne Midi-Pyrénées",
  "La Banque Postale",
  "Société Générale",
  "LCL",
];
// ANCV vouchers taken greedily from the largest face value down.
const VOUCHER_VALUES_CENTS = [5_000, 2_000, 1_000];

/**
 * Payment plan of a demo booking at the desk: in full with one or two
 * tenders, in part (the rest stays outstanding), or not yet.
 */
type PaymentPlan = "cheque" | "cash" | "ancv" | "transfer" | "chequeAndAncv" | "part" | "unpaid";

// Paid in full six times in ten, in part twice, unpaid twice.
const PLAN_CYCLE: PaymentPlan[] = [
  "cheque",
  "ancv",
  "part",
  "cash",
  "transfer",
  "unpaid",
  "chequeAndAncv",
  "cheque",
  "part",
  "unpaid",
];

export type DemoPaymentsSummary = { payments: number; refunds: number; instalmentBookings: number };

/**
 * Records the demo's payments with `cashier` (the Caisse), the
 * instalments chosen by two members, and the cancellations by the staff
 * who manage the offers, then closes the cash desk short of
 * DEMO_CASH_SHORTFALL_CENTS with a note.
 */
export async function seedDemoPayments(
  random: Faker,
  bookings: DemoBooking[],
  cashier: StaffActor,
  staffByKind: Record<OfferKind, StaffActor>,
): Promise<DemoPaymentsSummary> {
  const desk = await openCashDesk(cashier, DEMO_OPENING_FLOAT_CENTS);
  const tenders = new TenderFactory(random);
  const payable = bookings.filter((booking) => booking.memberShareCents > 0);

  const onInstalments = await chooseDemoInstalments(payable);
  for (const { booking, firstInstalmentCents } of onInstalments) {
    await recordOfficePayments(cashier, booking.id, [
      tenders.cheque(booking, firstInstalmentCents),
    ]);
  }

  const paidInFull: DemoBooking[] = [];
  const rest = payable.filter((booking) => !onInstalments.some((item) => item.booking === booking));
  for (const [index, booking] of rest.entries()) {
    const plan = PLAN_CYCLE[index % PLAN_CYCLE.length];
    const planned = tenders.forPlan(plan, booking);
    if (planned.length === 0) continue;
    await recordOfficePayments(cashier, booking.id, planned);
    if (plan !== "part") paidInFull.push(booking);
  }

  // Cancelled long before the first day, so the scale keeps nothing and
  // everything paid becomes a refund to issue.
  for (const booking of paidInFull.slice(-CANCELLED_BOOKINGS)) {
    await cancelBookingAsStaff(staffByKind[booking.kind], booking.id, DEMO_CANCELLATION_REASON);
  }

  const cashRefunds = await sumCashRefunds(db, desk);
  const expected = expectedAmounts(
    desk.openingFloatCents,
    await sumTakings(db, desk.id),
    cashRefunds.amountCents,
  );
  await closeCashDesk(cashier, {
    countedCashCents: expected.expectedCashCents - DEMO_CASH_SHORTFALL_CENTS,
    countedChequeCents: expected.expectedChequeCents,
    countedAncvCents: expected.expectedAncvCents,
    note: DEMO_CLOSING_NOTE,
  });

  const ids = bookings.map((booking) => booking.id);
  return {
    payments: await db.payment.count({ where: { bookingId: { in: ids } } }),
    refunds: await db.refund.count({ where: { bookingId: { in: ids } } }),
    instalmentBookings: onInstalments.length,
  };
}

// NOTE: no demo instalment is overdue, because chooseInstalments schedules
// the first one today and takes no other date.
/**
 * Lets the members of the first INSTALMENT_BOOKINGS bookings at or above
 * their offer's threshold spread their share over three instalments (two
 * when three would not end in time), as they would online.
 */
async function chooseDemoInstalments(bookings: DemoBooking[]) {
  const chosen: { booking: DemoBooking; firstInstalmentCents: number }[] = [];
  for (const booking of bookings) {
    if (chosen.length >= INSTALMENT_BOOKINGS) break;
    const session = await db.booking.findUniqueOrThrow({
      where: { id: booking.id },
      select: { session: { select: { offerId: true } } },
    });
    const threshold = await instalmentThreshold(db, session.session.offerId);
    if (threshold === null || booking.memberShareCents < threshold) continue;
    const schedule = await chooseFirstAvailableCount(booking, [3, 2]);
    if (schedule) chosen.push({ booking, firstInstalmentCents: schedule[0].amountCents });
  }
  return chosen;
}

/** Chooses the first of `counts` whose due dates fit before the stay, or returns null. */
async function chooseFirstAvailableCount(booking: DemoBooking, counts: number[]) {
  for (const count of counts) {
    try {
      return await chooseInstalments(booking.member, booking.id, count);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== "instalments_unavailable") throw error;
    }
  }
  return null;
}

/** Builds the tenders of each plan, with cheque numbers and voucher serials drawn from the seed. */
class TenderFactory {
  private readonly serials = new Set<string>();

  constructor(private readonly random: Faker) {}

  forPlan(plan: PaymentPlan, booking: DemoBooking): OfficeTender[] {
    const share = booking.memberShareCents;
    switch (plan) {
      case "cheque":
        return [this.cheque(booking, share)];
      case "cash":
        return [{ tender: "CASH", amountCents: share }];
      case "transfer":
        return [
          {
            tender: "TRANSFER",
            amountCents: share,
            transferReference: `VIR SEPA ${booking.reference}`,
          },
        ];
      case "ancv":
        return this.vouchersThen(booking, share, (rest) => ({ tender: "CASH", amountCents: rest }));
      case "chequeAndAncv":
        return this.vouchersThen(booking, Math.floor(share / 2), (rest) =>
          this.cheque(booking, rest),
        );
      case "part":
        return share >= 200 ? [this.cheque(booking, Math.floor(share / 2))] : [];
      case "unpaid":
        return [];
    }
  }

  cheque(booking: DemoBooking, amountCents: number): OfficeTender {
    return {
      tender: "CHEQUE",
      amountCents,
      chequeBank: this.random.helpers.arrayElement(BANKS),
      chequeNumber: this.random.string.numeric({ length: 7, allowLeadingZeros: false }),
      chequeHolder: booking.memberName,
    };
  }

  /**
   * Returns ANCV vouchers worth at most `voucherCents` (whole tens of
   * euros), then `restTender` for what remains of the share, if anything.
   */
  private vouchersThen(
    booking: DemoBooking,
    voucherCents: number,
    restTender: (restCents: number) => OfficeTender,
  ): OfficeTender[] {
    const vouchers: { serialNumber: string; faceValueCents: number }[] = [];
    let left = voucherCents - (voucherCents % 1_000);
    for (const faceValueCents of VOUCHER_VALUES_CENTS) {
      while (left >= faceValueCents) {
        vouchers.push({ serialNumber: this.serial(), faceValueCents });
        left -= faceValueCents;
      }
    }
    const voucherTotal = vouchers.reduce((total, voucher) => total + voucher.faceValueCents, 0);
    const rest = booking.memberShareCents - voucherTotal;
    const tenders: OfficeTender[] = vouchers.length > 0 ? [{ tender: "ANCV", vouchers }] : [];
    if (rest > 0) tenders.push(restTender(rest));
    return tenders;
  }

  /** Returns a voucher serial number of 12 digits not used yet in this seed. */
  private serial() {
    for (;;) {
      const serial = this.random.string.numeric({ length: 12, allowLeadingZeros: false });
      if (!this.serials.has(serial)) {
        this.serials.add(serial);
        return serial;
      }
    }
  }
}
