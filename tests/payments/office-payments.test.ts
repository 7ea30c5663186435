import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { OfferKind, StaffSector } from "@/lib/generated/prisma/enums";
import { recordOfficePayments } from "@/lib/payments/office/record-office-payments";
import {
  officePaymentsSchema,
  toOfficeTenders,
  type OfficeTender,
} from "@/lib/payments/office/schemas";
import { expectDomainError } from "../support/expect-domain-error";
import { createStaffUser, uniqueSuffix } from "../support/factories";
import {
  createOpenCashDesk,
  createPayableBooking,
  createReceivedPayment,
} from "../support/payment-factories";

const HOUR_MS = 60 * 60 * 1000;

/** Creates a staff member of the Caisse with an open cash desk. */
async function createCashier() {
  const staff = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
  const desk = await createOpenCashDesk(staff.user.id);
  return { ...staff, desk };
}

function serial() {
  return `${Date.now()}${uniqueSuffix()}`.toUpperCase();
}

function cheque(amountCents: number): OfficeTender {
  return {
    tender: "CHEQUE",
    amountCents,
    chequeBank: "Banque Populaire",
    chequeNumber: "1234567",
    chequeHolder: "Camille Test",
  };
}

function ancv(...faceValuesCents: number[]): OfficeTender {
  return {
    tender: "ANCV",
    vouchers: faceValuesCents.map((faceValueCents) => ({ serialNumber: serial(), faceValueCents })),
  };
}

describe("recordOfficePayments with mixed tenders", () => {
  const cases: {
    name: string;
    shareCents: number;
    tenders: () => OfficeTender[];
    paidCents: number;
    holdCleared: boolean;
  }[] = [
    {
      name: "cheque, ANCV and cash settle the share",
      shareCents: 23_000,
      tenders: () => [cheque(10_000), ancv(5_000, 2_000), { tender: "CASH", amountCents: 6_000 }],
      paidCents: 23_000,
      holdCleared: true,
    },
    {
      name: "a part payment keeps the hold",
      shareCents: 30_000,
      tenders: () => [{ tender: "CASH", amountCents: 10_000 }, ancv(2_500, 2_500)],
      paidCents: 15_000,
      holdCleared: false,
    },
    {
      name: "a transfer alone settles the share",
      shareCents: 12_050,
      tenders: () => [{ tender: "TRANSFER", amountCents: 12_050, transferReference: "VIR-42" }],
      paidCents: 12_050,
      holdCleared: true,
    },
  ];

  it.each(cases)("$name", async ({ shareCents, tenders, paidCents, holdCleared }) => {
    const { booking } = await createPayableBooking({
      memberShareCents: shareCents,
      holdExpiresAt: new Date(Date.now() + 48 * HOUR_MS),
    });
    const { actor, desk } = await createCashier();
    const given = tenders();

    const result = await recordOfficePayments(actor, booking.id, given);

    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(stored.paidCents).toBe(paidCents);
    expect(result.balanceCents).toBe(shareCents - paidCents);
    expect(stored.holdExpiresAt === null).toBe(holdCleared);
    const payments = await db.payment.findMany({
      where: { bookingId: booking.id },
      include: { vouchers: true },
      orderBy: { receiptNumber: "asc" },
    });
    expect(payments.map((payment) => payment.tender)).toEqual(given.map((tender) => tender.tender));
    expect(payments.every((payment) => payment.status === "SUCCEEDED")).toBe(true);
    expect(new Set(payments.map((payment) => payment.receiptNumber)).size).toBe(given.length);
    for (const payment of payments) {
      const expectedDesk = payment.tender === "TRANSFER" ? null : desk.id;
      expect(payment.cashDeskSessionId).toBe(expectedDesk);
    }
    const voucherPayment = payments.find((payment) => payment.tender === "ANCV");
    if (voucherPayment) {
      const faces = voucherPayment.vouchers.reduce(
        (sum, voucher) => sum + voucher.faceValueCents,
        0,
      );
      expect(voucherPayment.amountCents).toBe(faces);
    }
  });

  it("records the cheque's bank, number and holder", async () => {
    const { booking } = await createPayableBooking({ memberShareCents: 10_000 });
    const { actor } = await createCashier();

    await recordOfficePayments(actor, booking.id, [cheque(10_000)]);

    const payment = await db.payment.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(payment.chequeBank).toBe("Banque Populaire");
    expect(payment.chequeNumber).toBe("1234567");
    expect(payment.chequeHolder).toBe("Camille Test");
  });
});

describe("recordOfficePayments rejections", () => {
  const overBalance: { name: string; paidBefore: number; tenders: () => OfficeTender[] }[] = [
    { name: "one tender above the share", paidBefore: 0, tenders: () => [cheque(20_001)] },
    {
      name: "tenders adding up above the share",
      paidBefore: 0,
      tenders: () => [cheque(15_000), ancv(5_000, 1_000)],
    },
    {
      name: "a tender above what is left",
      paidBefore: 15_000,
      tenders: () => [{ tender: "CASH", amountCents: 5_001 }],
    },
  ];

  it.each(overBalance)("rejects $name and writes nothing", async ({ paidBefore, tenders }) => {
    const { booking } = await createPayableBooking({ memberShareCents: 20_000 });
    if (paidBefore > 0) await createReceivedPayment(booking.id, { amountCents: paidBefore });
    const { actor } = await createCashier();
    const given = tenders();

    await expectDomainError(
      recordOfficePayments(actor, booking.id, given),
      "payment_exceeds_balance",
    );

    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(stored.paidCents).toBe(paidBefore);
    expect(await db.payment.count({ where: { bookingId: booking.id } })).toBe(paidBefore ? 1 : 0);
    const serials = given.flatMap((tender) =>
      tender.tender === "ANCV" ? tender.vouchers.map((voucher) => voucher.serialNumber) : [],
    );
    expect(await db.ancvVoucher.count({ where: { serialNumber: { in: serials } } })).toBe(0);
  });

  it("rejects an ANCV voucher accepted before, next to its field", async () => {
    const first = await createPayableBooking({ memberShareCents: 10_000 });
    const second = await createPayableBooking({ memberShareCents: 10_000 });
    const { actor } = await createCashier();
    const used = serial();
    await recordOfficePayments(actor, first.booking.id, [
      { tender: "ANCV", vouchers: [{ serialNumber: used, faceValueCents: 2_000 }] },
    ]);

    const attempt = recordOfficePayments(actor, second.booking.id, [
      { tender: "CASH", amountCents: 1_000 },
      {
        tender: "ANCV",
        vouchers: [
          { serialNumber: serial(), faceValueCents: 2_000 },
          { serialNumber: used, faceValueCents: 2_000 },
        ],
      },
    ]);

    await expect(attempt).rejects.toMatchObject({
      code: "ancv_voucher_already_accepted",
      options: { field: "tenders.1.vouchers.1.serialNumber", params: { serial: used } },
    });
    expect(await db.payment.count({ where: { bookingId: second.booking.id } })).toBe(0);
  });

  it("rejects the same ANCV serial twice in one form", () => {
    const voucher = { serialNumber: "0012 3456 78", faceValueCents: "2000" };
    const blank = { amount: "", chequeBank: "", chequeNumber: "", chequeHolder: "" };
    const parsed = officePaymentsSchema.safeParse({
      bookingId: "b1",
      tenders: [
        { tender: "ANCV", ...blank, transferReference: "", vouchers: [voucher] },
        {
          tender: "ANCV",
          ...blank,
          transferReference: "",
          vouchers: [{ ...voucher, serialNumber: "001234 5678" }],
        },
      ],
    });

    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path.join(".")).toBe("tenders.1.vouchers.0.serialNumber");
    expect(issue?.message).toBe("ancv_serial_duplicated");
  });

  it("sums the face values of ANCV vouchers from the form", () => {
    const parsed = officePaymentsSchema.parse({
      bookingId: "b1",
      tenders: [
        {
          tender: "ANCV",
          amount: "999",
          chequeBank: "",
          chequeNumber: "",
          chequeHolder: "",
          transferReference: "",
          vouchers: [
            { serialNumber: "a1b2c3", faceValueCents: "5000" },
            { serialNumber: "a1b2c4", faceValueCents: "2500" },
          ],
        },
      ],
    });

    expect(toOfficeTenders(parsed.tenders)).toEqual([
      {
        tender: "ANCV",
        vouchers: [
          { serialNumber: "A1B2C3", faceValueCents: 5_000 },
          { serialNumber: "A1B2C4", faceValueCents: 2_500 },
        ],
      },
    ]);
  });

  it("requires an open cash desk for cash", async () => {
    const { booking } = await createPayableBooking();
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    await expectDomainError(
      recordOfficePayments(actor, booking.id, [{ tender: "CASH", amountCents: 1_000 }]),
      "cash_desk_not_open",
    );
  });

  it("rejects a booking that is not confirmed", async () => {
    const { booking } = await createPayableBooking({ status: "PENDING" });
    const { actor } = await createCashier();

    await expectDomainError(
      recordOfficePayments(actor, booking.id, [{ tender: "CASH", amountCents: 1_000 }]),
      "booking_not_payable",
    );
  });
});

describe("recordOfficePayments sectors", () => {
  const cases: { sectors: StaffSector[]; kind: OfferKind; allowed: boolean }[] = [
    { sectors: ["PRESTATIONS_CAISSE_PRETS"], kind: "TRIP", allowed: true },
    { sectors: ["VACANCES_SPORTS_LOISIRS"], kind: "TRIP", allowed: true },
    { sectors: ["COMMUNICATION_STAGES"], kind: "ACTIVITY", allowed: true },
    { sectors: ["DIRECTION"], kind: "RENTAL", allowed: true },
    { sectors: ["VACANCES_SPORTS_LOISIRS"], kind: "TICKET", allowed: false },
    { sectors: ["COMMUNICATION_STAGES"], kind: "TRIP", allowed: false },
    { sectors: ["FICHIER_ADHESIONS", "SECRETARIAT"], kind: "TRIP", allowed: false },
    { sectors: ["ACTION_SOCIALE"], kind: "TICKET", allowed: false },
  ];

  it.each(cases)("$sectors on a $kind booking: allowed $allowed", async (testCase) => {
    const { booking } = await createPayableBooking({
      kind: testCase.kind,
      memberShareCents: 5_000,
    });
    const { actor } = await createStaffUser(testCase.sectors);
    const transfer: OfficeTender = {
      tender: "TRANSFER",
      amountCents: 5_000,
      transferReference: "VIR-1",
    };

    const attempt = recordOfficePayments(actor, booking.id, [transfer]);

    if (testCase.allowed) {
      await expect(attempt).resolves.toMatchObject({ balanceCents: 0 });
    } else {
      await expectDomainError(attempt, "not_found");
      expect(await db.payment.count({ where: { bookingId: booking.id } })).toBe(0);
    }
  });
});
