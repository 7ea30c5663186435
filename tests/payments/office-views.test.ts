import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createRefund } from "@/lib/payments/create-refund";
import {
  listOutstandingBalances,
  listPaymentsByDay,
  overdueInstalments,
} from "@/lib/payments/staff-views";
import { listRefundsToIssue, markRefundIssued } from "@/lib/payments/staff-views-refunds";
import { expectDomainError } from "../support/expect-domain-error";
import { createStaffUser } from "../support/factories";
import { createPayableBooking, createReceivedPayment } from "../support/payment-factories";

const date = (day: string) => new Date(`${day}T00:00:00Z`);

describe("overdueInstalments", () => {
  const schedule = [
    { position: 1, dueDate: date("2027-03-01"), amountCents: 10_000 },
    { position: 2, dueDate: date("2027-04-01"), amountCents: 10_000 },
    { position: 3, dueDate: date("2027-05-01"), amountCents: 10_000 },
  ];
  const cases: { netPaid: number; today: string; overdue: number[] }[] = [
    { netPaid: 0, today: "2027-03-01", overdue: [] },
    { netPaid: 0, today: "2027-03-02", overdue: [1] },
    { netPaid: 10_000, today: "2027-04-15", overdue: [2] },
    { netPaid: 9_999, today: "2027-04-15", overdue: [1, 2] },
    { netPaid: 15_000, today: "2027-05-02", overdue: [2, 3] },
    { netPaid: 30_000, today: "2027-06-01", overdue: [] },
  ];

  it.each(cases)("paid $netPaid on $today: overdue $overdue", ({ netPaid, today, overdue }) => {
    const reversed = [...schedule].reverse();

    const result = overdueInstalments(reversed, netPaid, today);

    expect(result.map((instalment) => instalment.position)).toEqual(overdue);
  });
});

describe("listOutstandingBalances", () => {
  it("flags overdue instalments and leaves paid bookings out", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const late = await createPayableBooking({
      memberShareCents: 20_000,
      instalments: [
        { dueDate: "2027-01-10", amountCents: 10_000 },
        { dueDate: "2027-02-10", amountCents: 10_000 },
      ],
    });
    const paid = await createPayableBooking({ memberShareCents: 5_000 });
    await createReceivedPayment(paid.booking.id, { amountCents: 5_000 });

    const { rows } = await listOutstandingBalances(actor, {
      now: new Date("2027-01-20T12:00:00Z"),
    });

    const row = rows.find((candidate) => candidate.id === late.booking.id);
    expect(row?.balanceCents).toBe(20_000);
    expect(row?.overdue.map((instalment) => instalment.position)).toEqual([1]);
    expect(rows.some((candidate) => candidate.id === paid.booking.id)).toBe(false);
  });

  it("raises not_found for a sector that does not see payments", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    await expectDomainError(listOutstandingBalances(actor), "not_found");
  });
});

describe("listPaymentsByDay", () => {
  it("groups by Europe/Paris day and tender", async () => {
    const { actor } = await createStaffUser(["DIRECTION"]);
    const { booking } = await createPayableBooking({ memberShareCents: 50_000 });
    // 23:30 UTC on 31 December is already 1 January in Paris (UTC+1).
    const received = [
      { at: "2030-12-31T22:30:00Z", tender: "CASH" as const, amountCents: 1_000 },
      { at: "2030-12-31T23:30:00Z", tender: "CASH" as const, amountCents: 2_000 },
      { at: "2031-01-01T10:00:00Z", tender: "TRANSFER" as const, amountCents: 4_000 },
    ];
    for (const payment of received) {
      await createReceivedPayment(booking.id, {
        amountCents: payment.amountCents,
        tender: payment.tender,
        receivedAt: new Date(payment.at),
      });
    }

    const report = await listPaymentsByDay(actor, { from: "2030-12-31", to: "2031-01-01" });

    const ours = report.payments.filter((payment) => payment.booking.id === booking.id);
    expect(ours.map((payment) => payment.day)).toEqual(["2030-12-31", "2031-01-01", "2031-01-01"]);
    const firstOfJanuary = report.days.find((day) => day.day === "2031-01-01");
    expect(firstOfJanuary?.byTender.CASH).toBeGreaterThanOrEqual(2_000);
    expect(firstOfJanuary?.byTender.TRANSFER).toBeGreaterThanOrEqual(4_000);
    expect(report.totalCents).toBe(report.days.reduce((total, day) => total + day.totalCents, 0));
  });
});

describe("markRefundIssued", () => {
  async function createRefundToIssue() {
    const { booking, family } = await createPayableBooking({ memberShareCents: 8_000 });
    const payment = await createReceivedPayment(booking.id, {
      amountCents: 8_000,
      tender: "TRANSFER",
      transferReference: "VIR-9",
    });
    return createRefund(db, {
      payment: {
        id: payment.id,
        bookingId: booking.id,
        householdId: family.household.id,
        tender: "TRANSFER",
      },
      amountCents: 3_000,
      reason: "staff",
      createdById: null,
    });
  }

  it("issues a refund once", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const refund = await createRefundToIssue();
    expect((await listRefundsToIssue(actor)).some((row) => row.id === refund.id)).toBe(true);

    await markRefundIssued(actor, refund.id, "Virement du 4 décembre");

    const stored = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(stored.status).toBe("ISSUED");
    expect(stored.issuedById).toBe(actor.userId);
    expect(stored.issueNote).toBe("Virement du 4 décembre");
    expect((await listRefundsToIssue(actor)).some((row) => row.id === refund.id)).toBe(false);
    const audits = await db.auditEntry.count({
      where: { entityId: refund.id, action: "refund.issued" },
    });
    expect(audits).toBe(1);
  });

  it("lets only one of two simultaneous staff issue it", async () => {
    const first = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const second = await createStaffUser(["DIRECTION"]);
    const refund = await createRefundToIssue();

    const results = await Promise.allSettled([
      markRefundIssued(first.actor, refund.id, "Chèque 0000123"),
      markRefundIssued(second.actor, refund.id, "Chèque 0000124"),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "refund_already_issued" });
  });

  it("raises not_found for a sector that does not see payments", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);
    const refund = await createRefundToIssue();

    await expectDomainError(markRefundIssued(actor, refund.id, "Chèque 1"), "not_found");
  });
});
