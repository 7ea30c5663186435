import { describe, expect, it } from "vitest";

import { cancelBooking, cancelBookingAsStaff } from "@/lib/booking/cancel-booking";
import { todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";
import type { PaymentTender } from "@/lib/generated/prisma/enums";
import { createStaffUser } from "../support/factories";
import { createPayableBooking, createReceivedPayment } from "../support/payment-factories";

const START_DATE = "2027-07-12";

/** Days from today (Europe/Paris) to START_DATE, so a tier can be made to apply. */
function daysLeft() {
  const today = Date.parse(`${todayInParis()}T00:00:00Z`);
  return Math.round((Date.parse(`${START_DATE}T00:00:00Z`) - today) / 86_400_000);
}

async function paidBooking(options: {
  shareCents: number;
  retainedPercent: number | null;
  payments: { tender: PaymentTender; amountCents: number }[];
}) {
  const created = await createPayableBooking({
    memberShareCents: options.shareCents,
    startDate: START_DATE,
  });
  if (options.retainedPercent !== null) {
    await db.cancellationTier.createMany({
      data: [
        // The far tier applies today; the near one must be ignored.
        {
          offerId: created.session.offerId,
          daysBefore: daysLeft() + 10,
          retainedPercent: options.retainedPercent,
        },
        { offerId: created.session.offerId, daysBefore: 3, retainedPercent: 100 },
      ],
    });
  }
  for (const payment of options.payments) {
    await createReceivedPayment(created.booking.id, payment);
  }
  return created;
}

function refundsOf(bookingId: string) {
  return db.refund.findMany({
    where: { bookingId },
    include: { payment: { select: { tender: true } } },
    orderBy: { amountCents: "desc" },
  });
}

describe("member cancellation money", () => {
  it.each([
    {
      rule: "scale keeps 25 %, card refunded first",
      shareCents: 40_000,
      retainedPercent: 25,
      payments: [
        { tender: "CASH" as const, amountCents: 10_000 },
        { tender: "CARD" as const, amountCents: 30_000 },
      ],
      fee: 10_000,
      refunds: [{ tender: "CARD", amountCents: 30_000, status: "PENDING" }],
    },
    {
      rule: "refund spills over to cash",
      shareCents: 40_000,
      retainedPercent: 10,
      payments: [
        { tender: "CASH" as const, amountCents: 20_000 },
        { tender: "CARD" as const, amountCents: 20_000 },
      ],
      fee: 4_000,
      refunds: [
        { tender: "CARD", amountCents: 20_000, status: "PENDING" },
        { tender: "CASH", amountCents: 16_000, status: "TO_ISSUE" },
      ],
    },
    {
      rule: "paid less than the fee",
      shareCents: 40_000,
      retainedPercent: 50,
      payments: [{ tender: "CHEQUE" as const, amountCents: 15_000 }],
      fee: 15_000,
      refunds: [],
    },
    {
      rule: "no scale refunds everything",
      shareCents: 30_000,
      retainedPercent: null,
      payments: [{ tender: "ANCV" as const, amountCents: 30_000 }],
      fee: 0,
      refunds: [{ tender: "ANCV", amountCents: 30_000, status: "TO_ISSUE" }],
    },
    {
      rule: "nothing paid keeps nothing",
      shareCents: 30_000,
      retainedPercent: 50,
      payments: [],
      fee: 0,
      refunds: [],
    },
    {
      rule: "fee rounded down for the member",
      shareCents: 333,
      retainedPercent: 25,
      payments: [{ tender: "CASH" as const, amountCents: 333 }],
      fee: 83,
      refunds: [{ tender: "CASH", amountCents: 250, status: "TO_ISSUE" }],
    },
  ])("$rule", async ({ fee, refunds: expected, ...options }) => {
    const { booking, family, session } = await paidBooking(options);

    const result = await cancelBooking(family.actor, booking.id);

    expect(result.terms.feeCents).toBe(fee);
    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(stored.status).toBe("CANCELLED");
    expect(stored.cancellationFeeCents).toBe(fee);
    expect(stored.paidCents - stored.refundedCents).toBe(fee);
    const refunds = await refundsOf(booking.id);
    expect(
      refunds.map((refund) => ({
        tender: refund.payment.tender,
        amountCents: refund.amountCents,
        status: refund.status,
      })),
    ).toEqual(expected);
    expect(refunds.every((refund) => refund.reason === "cancellation")).toBe(true);
    const places = await db.offerSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(places.confirmedPlaces).toBe(0);
  });

  it("says the fee and refund by e-mail", async () => {
    const { booking, family } = await paidBooking({
      shareCents: 40_000,
      retainedPercent: 25,
      payments: [{ tender: "CARD", amountCents: 40_000 }],
    });

    await cancelBooking(family.actor, booking.id);

    const email = await db.outboundEmail.findFirstOrThrow({
      where: { to: family.user.email, subject: { startsWith: "Réservation annulée" } },
    });
    expect(email.text).toContain("100,00");
    expect(email.text).toContain("300,00");
    expect(email.text).toContain("400,00");
  });

  it("never refunds above each payment", async () => {
    const { booking, family } = await paidBooking({
      shareCents: 40_000,
      retainedPercent: null,
      payments: [
        { tender: "CARD", amountCents: 25_000 },
        { tender: "CASH", amountCents: 15_000 },
      ],
    });

    await cancelBooking(family.actor, booking.id);

    const payments = await db.payment.findMany({ where: { bookingId: booking.id } });
    for (const payment of payments) {
      expect(payment.refundedCents).toBe(payment.amountCents);
    }
    const audit = await db.auditEntry.findMany({
      where: { action: "refund.created", householdId: family.household.id },
    });
    expect(audit).toHaveLength(2);
  });
});

describe("staff cancellation money", () => {
  it.each([
    { rule: "applies the scale", waiveFee: false, fee: 12_000, refund: 28_000 },
    { rule: "waives the fee", waiveFee: true, fee: 0, refund: 40_000 },
  ])("$rule", async ({ waiveFee, fee, refund }) => {
    const { booking } = await paidBooking({
      shareCents: 40_000,
      retainedPercent: 30,
      payments: [{ tender: "TRANSFER", amountCents: 40_000 }],
    });
    const staff = await createStaffUser(["DIRECTION"]);

    const result = await cancelBookingAsStaff(staff.actor, booking.id, "Séjour complet", {
      waiveFee,
    });

    expect(result.terms).toEqual({ feeCents: fee, refundCents: refund });
    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(stored.cancellationFeeCents).toBe(fee);
    expect(stored.refundedCents).toBe(refund);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: booking.id, action: "booking.cancelled" },
    });
    expect(audit.after).toMatchObject({ feeWaived: waiveFee, refundCents: refund });
  });
});
