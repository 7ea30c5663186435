// The demo seed's office bookings and payments, on a database of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_FAMILY_EMAIL, DEMO_MEMBER_EMAIL } from "@/prisma/seed/demo-accounts";
import { DEMO_CASHIER_EMAIL } from "@/prisma/seed/demo-activity";
import { DEMO_BOOKING_TARGET, OFFERS_KEPT_EMPTY } from "@/prisma/seed/demo-bookings";
import {
  DEMO_CASH_SHORTFALL_CENTS,
  DEMO_CLOSING_NOTE,
  DEMO_OPENING_FLOAT_CENTS,
} from "@/prisma/seed/demo-payments";
import { seedDemo, type SeedDemoSummary } from "@/prisma/seed/seed-demo";
import { createScriptClient } from "@/prisma/seed/seed-if-empty";

import { createMigratedDatabase, dropDatabase } from "../support/seed-database";

const HOUSEHOLDS = 120;
const SEED = 5;
let databaseUrl: string;
let client: PrismaClient;
let summary: SeedDemoSummary;

beforeAll(async () => {
  databaseUrl = await createMigratedDatabase("entraide_seed_payments_test");
  client = createScriptClient(databaseUrl);
  summary = await seedDemo(client, { households: HOUSEHOLDS, seed: SEED });
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  if (databaseUrl) await dropDatabase(databaseUrl);
});

/** Returns the bookings with the fields each check reads, in a stable order. */
function loadBookings() {
  return client.booking.findMany({
    orderBy: { reference: "asc" },
    include: {
      payments: { include: { vouchers: true } },
      refunds: true,
      instalments: true,
      session: { include: { offer: { select: { slug: true } } } },
      member: { include: { user: { select: { email: true } } } },
    },
  });
}

describe("demo seed bookings", () => {
  it("books 40 to 48 at the office", async () => {
    const bookings = await loadBookings();
    expect(bookings.length).toBe(summary.bookings);
    expect(bookings.length).toBeGreaterThanOrEqual(40);
    expect(bookings.length).toBeLessThanOrEqual(DEMO_BOOKING_TARGET);
  });

  it("spreads bookings over several sessions", async () => {
    const bookings = await loadBookings();
    const sessions = new Set(bookings.map((booking) => booking.sessionId));
    expect(sessions.size).toBeGreaterThanOrEqual(10);
  });

  it("books for generated households only", async () => {
    const bookings = await loadBookings();
    for (const booking of bookings) {
      expect(booking.member.user.email).not.toBe(DEMO_MEMBER_EMAIL);
      expect(booking.member.user.email).not.toBe(DEMO_FAMILY_EMAIL);
      expect(OFFERS_KEPT_EMPTY).not.toContain(booking.session.offer.slug);
    }
  });

  it("keeps every session within capacity", async () => {
    const sessions = await client.offerSession.findMany({
      include: { bookings: { where: { status: "CONFIRMED" } } },
    });
    for (const session of sessions) {
      const places = session.bookings.reduce((total, booking) => total + booking.places, 0);
      expect(session.confirmedPlaces, session.id).toBe(places);
      expect(session.confirmedPlaces, session.id).toBeLessThanOrEqual(session.capacity);
    }
  });

  it("books staff-made bookings without a hold", async () => {
    const bookings = await loadBookings();
    for (const booking of bookings) {
      expect(booking.createdById).not.toBe(booking.member.userId);
      expect(booking.holdExpiresAt).toBeNull();
    }
  });
});

describe("demo seed payments", () => {
  it("adds up paid amounts from payments", async () => {
    const bookings = await loadBookings();
    for (const booking of bookings) {
      const paid = booking.payments
        .filter((payment) => payment.status === "SUCCEEDED")
        .reduce((total, payment) => total + payment.amountCents, 0);
      expect(booking.paidCents, booking.reference).toBe(paid);
      const refunded = booking.refunds.reduce((total, refund) => total + refund.amountCents, 0);
      expect(booking.refundedCents, booking.reference).toBe(refunded);
      expect(booking.paidCents - booking.refundedCents).toBeLessThanOrEqual(
        booking.memberShareCents,
      );
    }
  });

  it("sums ANCV payments from their vouchers", async () => {
    const payments = await client.payment.findMany({
      where: { tender: "ANCV" },
      include: { vouchers: true },
    });
    expect(payments.length).toBeGreaterThan(0);
    for (const payment of payments) {
      const faceValues = payment.vouchers.reduce(
        (total, voucher) => total + voucher.faceValueCents,
        0,
      );
      expect(payment.amountCents).toBe(faceValues);
    }
  });

  it("takes every office tender", async () => {
    const tenders = await client.payment.groupBy({ by: ["tender"], _count: { _all: true } });
    expect(tenders.map((row) => row.tender).sort()).toEqual(["ANCV", "CASH", "CHEQUE", "TRANSFER"]);
    expect(await client.payment.count()).toBe(summary.payments);
  });

  it("leaves some balances outstanding", async () => {
    const bookings = await loadBookings();
    const outstanding = bookings.filter(
      (booking) =>
        booking.status === "CONFIRMED" &&
        booking.paidCents - booking.refundedCents < booking.memberShareCents,
    );
    expect(outstanding.length).toBeGreaterThanOrEqual(5);
  });

  it("pays two bookings by instalments", async () => {
    const bookings = (await loadBookings()).filter((booking) => booking.instalmentCount > 1);
    expect(bookings).toHaveLength(2);
    for (const booking of bookings) {
      const instalments = booking.instalments.sort((a, b) => a.position - b.position);
      expect(instalments).toHaveLength(booking.instalmentCount);
      const total = instalments.reduce((sum, instalment) => sum + instalment.amountCents, 0);
      expect(total).toBe(booking.memberShareCents);
      expect(booking.paidCents).toBe(instalments[0].amountCents);
    }
  });

  it("cancels two paid bookings with refunds to issue", async () => {
    const cancelled = (await loadBookings()).filter((booking) => booking.status === "CANCELLED");
    expect(cancelled).toHaveLength(2);
    for (const booking of cancelled) {
      expect(booking.paidCents).toBeGreaterThan(0);
      expect(booking.refundedCents).toBe(booking.paidCents - (booking.cancellationFeeCents ?? 0));
      for (const refund of booking.refunds) expect(refund.status).toBe("TO_ISSUE");
    }
    expect(await client.refund.count()).toBe(summary.refunds);
  });

  it("closes the Caisse's desk short with a note", async () => {
    const cashier = await client.user.findUniqueOrThrow({ where: { email: DEMO_CASHIER_EMAIL } });
    const desks = await client.cashDeskSession.findMany({ include: { payments: true } });
    expect(desks).toHaveLength(1);
    const desk = desks[0];
    expect(desk.staffId).toBe(cashier.id);
    expect(desk.closedAt).not.toBeNull();
    expect(desk.openingFloatCents).toBe(DEMO_OPENING_FLOAT_CENTS);

    const cash = desk.payments
      .filter((payment) => payment.tender === "CASH")
      .reduce((total, payment) => total + payment.amountCents, 0);
    expect(desk.expectedCashCents).toBe(DEMO_OPENING_FLOAT_CENTS + cash);
    expect(desk.countedCashCents).toBe(desk.expectedCashCents! - DEMO_CASH_SHORTFALL_CENTS);
    expect(desk.countedChequeCents).toBe(desk.expectedChequeCents);
    expect(desk.countedAncvCents).toBe(desk.expectedAncvCents);
    expect(desk.closingNote).toBe(DEMO_CLOSING_NOTE);
    expect(desk.payments.some((payment) => payment.tender === "TRANSFER")).toBe(false);
  });

  it("gives every payment a receipt number", async () => {
    const payments = await client.payment.findMany();
    for (const payment of payments) {
      expect(payment.status).toBe("SUCCEEDED");
      expect(payment.receiptNumber).toMatch(/^\d{4}-\d{6}$/);
    }
  });
});

describe("demo seed determinism", () => {
  it("books the same households for the same seed", async () => {
    const otherUrl = await createMigratedDatabase("entraide_seed_payments_again");
    const other = createScriptClient(otherUrl);
    try {
      await seedDemo(other, { households: HOUSEHOLDS, seed: SEED });
      const describeBookings = (
        rows: {
          session: { id: string };
          member: { employeeNumber: string };
          memberShareCents: number;
          paidCents: number;
          status: string;
        }[],
      ) =>
        rows
          .map((row) =>
            [
              row.session.id,
              row.member.employeeNumber,
              row.memberShareCents,
              row.paidCents,
              row.status,
            ].join(" "),
          )
          .sort();
      const select = {
        session: { select: { id: true } },
        member: { select: { employeeNumber: true } },
        memberShareCents: true,
        paidCents: true,
        status: true,
      } as const;
      const first = await client.booking.findMany({ select });
      const second = await other.booking.findMany({ select });
      expect(describeBookings(second)).toEqual(describeBookings(first));
    } finally {
      await other.$disconnect();
      await dropDatabase(otherUrl);
    }
  }, 120_000);
});
