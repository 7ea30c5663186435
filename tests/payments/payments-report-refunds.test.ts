import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { PaymentTender } from "@/lib/generated/prisma/enums";
import { createRefund } from "@/lib/payments/create-refund";
import { listPaymentsByDay, totalsByDay } from "@/lib/payments/staff-views";
import { exportPaymentsCsv } from "@/lib/payments/staff-views-export";
import { createStaffUser } from "../support/factories";
import { createPayableBooking, createReceivedPayment } from "../support/payment-factories";

type Movement = { day: string; tender: PaymentTender; amountCents: number };

type TotalsCase = {
  name: string;
  payments: Movement[];
  refunds: Movement[];
  days: { day: string; received: number; refunded: number; net: number }[];
  net: number;
};

const totalsCases: TotalsCase[] = [
  {
    name: "no refund",
    payments: [{ day: "2031-05-02", tender: "CASH", amountCents: 8_000 }],
    refunds: [],
    days: [{ day: "2031-05-02", received: 8_000, refunded: 0, net: 8_000 }],
    net: 8_000,
  },
  {
    name: "a refund on the day",
    payments: [{ day: "2031-05-02", tender: "CASH", amountCents: 8_000 }],
    refunds: [{ day: "2031-05-02", tender: "CASH", amountCents: 4_000 }],
    days: [{ day: "2031-05-02", received: 8_000, refunded: 4_000, net: 4_000 }],
    net: 4_000,
  },
  {
    name: "a refund on a day without payments",
    payments: [{ day: "2031-05-03", tender: "CHEQUE", amountCents: 5_000 }],
    refunds: [{ day: "2031-05-01", tender: "CARD", amountCents: 2_000 }],
    days: [
      { day: "2031-05-01", received: 0, refunded: 2_000, net: -2_000 },
      { day: "2031-05-03", received: 5_000, refunded: 0, net: 5_000 },
    ],
    net: 3_000,
  },
];

describe("totalsByDay", () => {
  it.each(totalsCases)("sums $name", (testCase) => {
    const totals = totalsByDay(testCase.payments, testCase.refunds);

    expect(totals.days.map((day) => day.day)).toEqual(testCase.days.map((day) => day.day));
    testCase.days.forEach((expected, index) => {
      expect(totals.days[index].totalCents).toBe(expected.received);
      expect(totals.days[index].refundedCents).toBe(expected.refunded);
      expect(totals.days[index].netCents).toBe(expected.net);
    });
    expect(totals.netCents).toBe(testCase.net);
  });

  it("keeps refunds by tender", () => {
    const totals = totalsByDay(
      [{ day: "2031-05-02", tender: "CASH", amountCents: 8_000 }],
      [{ day: "2031-05-02", tender: "CASH", amountCents: 4_000 }],
    );

    expect(totals.days[0].byTender.CASH).toBe(8_000);
    expect(totals.days[0].refundedByTender.CASH).toBe(4_000);
    expect(totals.refundedByTender.CASH).toBe(4_000);
    expect(totals.refundedByTender.CHEQUE).toBe(0);
  });
});

/** Receives 80 € cash on a new booking, then refunds 30 € issued at `issuedAt`. */
async function createRefundedBooking(receivedAt: Date, issuedAt: Date | null) {
  const { booking } = await createPayableBooking({ memberShareCents: 8_000 });
  const payment = await createReceivedPayment(booking.id, { amountCents: 8_000, receivedAt });
  const refund = await createRefund(db, {
    payment,
    amountCents: 3_000,
    reason: "staff",
    createdById: null,
  });
  if (issuedAt) {
    await db.refund.update({
      where: { id: refund.id },
      data: { status: "ISSUED", issuedAt, issueNote: "Rendu au guichet" },
    });
  }
  return { booking, refund };
}

describe("listPaymentsByDay with refunds", () => {
  it("counts refunds on their Paris issue day", async () => {
    const { actor } = await createStaffUser(["DIRECTION"]);
    // 23:15 UTC on 5 June is already 6 June in Paris (UTC+2).
    const { refund } = await createRefundedBooking(
      new Date("2032-06-05T08:00:00Z"),
      new Date("2032-06-05T23:15:00Z"),
    );

    const report = await listPaymentsByDay(actor, { from: "2032-06-05", to: "2032-06-06" });

    const listed = report.refunds.find((row) => row.id === refund.id);
    expect(listed?.day).toBe("2032-06-06");
    const sixth = report.days.find((day) => day.day === "2032-06-06");
    expect(sixth?.refundedByTender.CASH).toBeGreaterThanOrEqual(3_000);
    expect(report.netCents).toBe(report.totalCents - report.refundedCents);
  });

  it("leaves refunds not issued out", async () => {
    const { actor } = await createStaffUser(["DIRECTION"]);
    const { refund } = await createRefundedBooking(new Date("2032-07-09T08:00:00Z"), null);

    const report = await listPaymentsByDay(actor, { from: "2032-07-09", to: "2032-07-09" });

    expect(report.refunds.some((row) => row.id === refund.id)).toBe(false);
  });

  it("writes refund lines with negative amounts", async () => {
    const { actor } = await createStaffUser(["DIRECTION"]);
    const { booking } = await createRefundedBooking(
      new Date("2032-08-10T08:00:00Z"),
      new Date("2032-08-10T15:00:00Z"),
    );

    const file = await exportPaymentsCsv(actor, { from: "2032-08-10", to: "2032-08-10" });

    const [header, ...rows] = file.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((line) => line.split(";"));
    const column = (name: string) => header.indexOf(name);
    const ours = rows.filter((row) => row.includes(booking.reference));
    expect(ours).toHaveLength(2);
    expect(ours[0][column("Opération")]).toBe("Paiement");
    expect(ours[0][column("Montant")]).toBe("80,00");
    expect(ours[0][column("Remboursé sur ce paiement à ce jour")]).toBe("30,00");
    expect(ours[1][column("Opération")]).toBe("Remboursement");
    expect(ours[1][column("Montant")]).toBe("-30,00");
    expect(ours[1][column("Date (reçu ou remboursé)")]).toBe("10/08/2032 17:00");
    expect(ours[1][column("N° de reçu")]).toBe(ours[0][column("N° de reçu")]);
  });
});
