import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { OfferKind, StaffSector } from "@/lib/generated/prisma/enums";
import { getBookingPayments } from "@/lib/payments/office/booking-payments";
import { recordOfficePayments } from "@/lib/payments/office/record-office-payments";
import { exportPaymentsCsv } from "@/lib/payments/staff-views-export";
import { expectDomainError } from "../support/expect-domain-error";
import { createStaffUser } from "../support/factories";
import {
  createOpenCashDesk,
  createPayableBooking,
  createReceivedPayment,
} from "../support/payment-factories";

describe("getBookingPayments", () => {
  const access: { sectors: StaffSector[]; kind: OfferKind; allowed: boolean; take: boolean }[] = [
    { sectors: ["PRESTATIONS_CAISSE_PRETS"], kind: "TRIP", allowed: true, take: true },
    { sectors: ["VACANCES_SPORTS_LOISIRS"], kind: "TRIP", allowed: true, take: true },
    { sectors: ["VACANCES_SPORTS_LOISIRS"], kind: "TICKET", allowed: false, take: false },
    { sectors: ["FICHIER_ADHESIONS"], kind: "TRIP", allowed: false, take: false },
  ];

  it.each(access)("$sectors on a $kind booking: allowed $allowed", async (testCase) => {
    const { booking } = await createPayableBooking({ kind: testCase.kind });
    const { actor } = await createStaffUser(testCase.sectors);

    const loading = getBookingPayments(actor, booking.id);

    if (!testCase.allowed) {
      await expectDomainError(loading, "not_found");
      return;
    }
    const money = await loading;
    expect(money.canTakePayment).toBe(testCase.take);
    expect(money.balanceCents).toBe(booking.memberShareCents);
  });

  it("marks instalments paid and overdue in position order", async () => {
    const { booking } = await createPayableBooking({
      memberShareCents: 30_000,
      instalments: [
        { dueDate: "2027-01-05", amountCents: 10_000 },
        { dueDate: "2027-02-05", amountCents: 10_000 },
        { dueDate: "2027-03-05", amountCents: 10_000 },
      ],
    });
    await createReceivedPayment(booking.id, { amountCents: 12_000 });
    const { actor } = await createStaffUser(["DIRECTION"]);

    const money = await getBookingPayments(actor, booking.id, new Date("2027-02-20T10:00:00Z"));

    const states = money.booking.instalments.map((instalment) => ({
      position: instalment.position,
      paid: instalment.paid,
      overdue: instalment.overdue,
    }));
    expect(states).toEqual([
      { position: 1, paid: true, overdue: false },
      { position: 2, paid: false, overdue: true },
      { position: 3, paid: false, overdue: false },
    ]);
    expect(money.balanceCents).toBe(18_000);
  });

  it("offers no tenders form for a cancelled booking", async () => {
    const { booking } = await createPayableBooking({ status: "CANCELLED" });
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    const money = await getBookingPayments(actor, booking.id);

    expect(money.canTakePayment).toBe(false);
    expect(money.balanceCents).toBe(0);
  });
});

describe("recordOfficePayments concurrency", () => {
  it("takes one of two payments that together exceed the balance", async () => {
    const { booking } = await createPayableBooking({ memberShareCents: 10_000 });
    const first = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const second = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    await createOpenCashDesk(first.user.id);
    await createOpenCashDesk(second.user.id);

    const results = await Promise.allSettled([
      recordOfficePayments(first.actor, booking.id, [{ tender: "CASH", amountCents: 7_000 }]),
      recordOfficePayments(second.actor, booking.id, [{ tender: "CASH", amountCents: 7_000 }]),
    ]);

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "payment_exceeds_balance" });
    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(stored.paidCents).toBe(7_000);
  });
});

describe("exportPaymentsCsv", () => {
  it("writes one line per payment in French format", async () => {
    const { booking } = await createPayableBooking({ memberShareCents: 20_000 });
    await createReceivedPayment(booking.id, {
      amountCents: 12_345,
      tender: "CHEQUE",
      chequeNumber: "0042",
      receivedAt: new Date("2031-03-14T09:30:00Z"),
    });
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    const file = await exportPaymentsCsv(actor, { from: "2031-03-14", to: "2031-03-14" });

    const lines = file.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    const line = lines.find((candidate) => candidate.includes(booking.reference));
    expect(file.fileName).toBe("paiements-2031-03-14-2031-03-14.csv");
    expect(lines[0].split(";")[0]).toBe("N° de reçu");
    expect(line?.split(";")).toContain("123,45");
    expect(line?.split(";")).toContain("14/03/2031 10:30");
    expect(line?.split(";")).toContain("Chèque");
    expect(line?.split(";")).toContain("0042");
  });

  it("writes tender details, neutralised", async () => {
    const { booking } = await createPayableBooking({ memberShareCents: 20_000 });
    const receivedAt = new Date("2031-04-02T09:30:00Z");
    const serial = `CSV${Date.now()}`;
    await createReceivedPayment(booking.id, {
      amountCents: 5_000,
      tender: "CHEQUE",
      chequeBank: "=1+2",
      chequeNumber: "0077",
      chequeHolder: "Camille Durand",
      receivedAt,
    });
    await createReceivedPayment(booking.id, {
      amountCents: 3_000,
      tender: "ANCV",
      vouchers: [
        { serialNumber: `${serial}A`, faceValueCents: 2_000 },
        { serialNumber: `${serial}B`, faceValueCents: 1_000 },
      ],
      receivedAt,
    });
    await createReceivedPayment(booking.id, {
      amountCents: 1_000,
      tender: "TRANSFER",
      transferReference: "VIR-2031-04",
      receivedAt,
    });
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    const file = await exportPaymentsCsv(actor, { from: "2031-04-02", to: "2031-04-02" });

    const [header, ...rows] = file.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((line) => line.split(";"));
    const column = (name: string) => header.indexOf(name);
    const ours = rows.filter((row) => row.includes(booking.reference));
    const [cheque, ancv, transfer] = ours;
    expect(ours).toHaveLength(3);
    expect(cheque[column("Banque du chèque")]).toBe("'=1+2");
    expect(cheque[column("N° de chèque")]).toBe("0077");
    expect(cheque[column("Titulaire du compte")]).toBe("Camille Durand");
    expect(ancv[column("Chèques-vacances ANCV (n° : valeur)")]).toBe(
      `${serial}A : 20,00 € | ${serial}B : 10,00 €`.replace(/ €/g, "\u00a0€"),
    );
    expect(transfer[column("Référence du virement")]).toBe("VIR-2031-04");
  });

  it("raises not_found for a sector that does not see payments", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    await expectDomainError(
      exportPaymentsCsv(actor, { from: "2031-03-14", to: "2031-03-14" }),
      "not_found",
    );
  });
});
