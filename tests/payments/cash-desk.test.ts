import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { StaffSector } from "@/lib/generated/prisma/enums";
import { closeCashDesk, openCashDesk } from "@/lib/payments/cash-desk";
import { recordOfficePayments } from "@/lib/payments/office/record-office-payments";
import { canTakePayments, canViewPayments } from "@/lib/staff/sectors";
import { expectDomainError } from "../support/expect-domain-error";
import { createStaffUser, uniqueSuffix } from "../support/factories";
import { createPayableBooking } from "../support/payment-factories";

type ClosingCase = {
  name: string;
  floatCents: number;
  cashCents: number[];
  chequeCents: number[];
  ancvCents: number[];
  counted: { cash: number; cheques: number; ancv: number };
  note: string;
  differences: { cash: number; cheques: number; ancv: number } | "closing_note_required";
};

const closingCases: ClosingCase[] = [
  {
    name: "a count equal to the takings",
    floatCents: 10_000,
    cashCents: [2_000, 3_550],
    chequeCents: [12_000],
    ancvCents: [5_000, 2_000],
    counted: { cash: 15_550, cheques: 12_000, ancv: 7_000 },
    note: "",
    differences: { cash: 0, cheques: 0, ancv: 0 },
  },
  {
    name: "cash short by 5 € with a note",
    floatCents: 5_000,
    cashCents: [4_000],
    chequeCents: [],
    ancvCents: [],
    counted: { cash: 8_500, cheques: 0, ancv: 0 },
    note: "Monnaie rendue en trop.",
    differences: { cash: -500, cheques: 0, ancv: 0 },
  },
  {
    name: "a missing cheque and an extra voucher with a note",
    floatCents: 0,
    cashCents: [],
    chequeCents: [3_000, 4_000],
    ancvCents: [2_000],
    counted: { cash: 0, cheques: 3_000, ancv: 4_500 },
    note: "Chèque parti à la banque, chèque-vacances non saisi.",
    differences: { cash: 0, cheques: -4_000, ancv: 2_500 },
  },
  {
    name: "a difference without a note",
    floatCents: 2_000,
    cashCents: [1_000],
    chequeCents: [],
    ancvCents: [],
    counted: { cash: 3_100, cheques: 0, ancv: 0 },
    note: "  ",
    differences: "closing_note_required",
  },
];

describe("closeCashDesk", () => {
  it.each(closingCases)("closes with $name", async (testCase) => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const desk = await openCashDesk(actor, testCase.floatCents);
    const takings = [
      ...testCase.cashCents.map((amountCents) => ({ tender: "CASH" as const, amountCents })),
      ...testCase.chequeCents.map((amountCents) => ({
        tender: "CHEQUE" as const,
        amountCents,
        chequeBank: "Crédit Agricole",
        chequeNumber: "7654321",
        chequeHolder: "Famille Test",
      })),
      ...testCase.ancvCents.map((faceValueCents) => ({
        tender: "ANCV" as const,
        vouchers: [{ serialNumber: `S${uniqueSuffix()}`.toUpperCase(), faceValueCents }],
      })),
    ];
    for (const tender of takings) {
      const amountCents =
        tender.tender === "ANCV" ? tender.vouchers[0].faceValueCents : tender.amountCents;
      const { booking } = await createPayableBooking({ memberShareCents: amountCents });
      await recordOfficePayments(actor, booking.id, [tender]);
    }
    const count = {
      countedCashCents: testCase.counted.cash,
      countedChequeCents: testCase.counted.cheques,
      countedAncvCents: testCase.counted.ancv,
      note: testCase.note,
    };

    if (testCase.differences === "closing_note_required") {
      await expectDomainError(closeCashDesk(actor, count), "closing_note_required");
      const stored = await db.cashDeskSession.findUniqueOrThrow({ where: { id: desk.id } });
      expect(stored.closedAt).toBeNull();
      return;
    }
    const closed = await closeCashDesk(actor, count);

    const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);
    expect(closed.id).toBe(desk.id);
    expect(closed.closedAt).not.toBeNull();
    expect(closed.expectedCashCents).toBe(testCase.floatCents + sum(testCase.cashCents));
    expect(closed.expectedChequeCents).toBe(sum(testCase.chequeCents));
    expect(closed.expectedAncvCents).toBe(sum(testCase.ancvCents));
    expect(closed.countedCashCents! - closed.expectedCashCents!).toBe(testCase.differences.cash);
    expect(closed.countedChequeCents! - closed.expectedChequeCents!).toBe(
      testCase.differences.cheques,
    );
    expect(closed.countedAncvCents! - closed.expectedAncvCents!).toBe(testCase.differences.ancv);
    expect(closed.closingNote).toBe(testCase.note || null);
  });

  it("leaves transfers out of the drawer", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    await openCashDesk(actor, 1_000);
    const { booking } = await createPayableBooking({ memberShareCents: 9_000 });
    await recordOfficePayments(actor, booking.id, [
      { tender: "TRANSFER", amountCents: 9_000, transferReference: "VIR-7" },
    ]);

    const closed = await closeCashDesk(actor, {
      countedCashCents: 1_000,
      countedChequeCents: 0,
      countedAncvCents: 0,
      note: "",
    });

    expect(closed.expectedCashCents).toBe(1_000);
  });

  it("rejects a payment into a desk closed meanwhile", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    await openCashDesk(actor, 0);
    await closeCashDesk(actor, {
      countedCashCents: 0,
      countedChequeCents: 0,
      countedAncvCents: 0,
      note: "",
    });
    const { booking } = await createPayableBooking();

    await expectDomainError(
      recordOfficePayments(actor, booking.id, [{ tender: "CASH", amountCents: 100 }]),
      "cash_desk_not_open",
    );
  });
});

describe("openCashDesk", () => {
  it("rejects a second open desk", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    await openCashDesk(actor, 0);

    await expectDomainError(openCashDesk(actor, 0), "cash_desk_already_open");
  });

  it("raises not_found for a sector without payments", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);

    await expectDomainError(openCashDesk(actor, 0), "not_found");
  });

  it("audits the opening float", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    const desk = await openCashDesk(actor, 7_500);

    const entry = await db.auditEntry.findFirstOrThrow({ where: { entityId: desk.id } });
    expect(entry.action).toBe("cash_desk.opened");
    expect(entry.after).toEqual({ openingFloatCents: 7_500 });
  });
});

describe("payment sectors", () => {
  const cases: { role?: "ADMIN"; sectors: StaffSector[]; view: boolean; takeTickets: boolean }[] = [
    { sectors: ["PRESTATIONS_CAISSE_PRETS"], view: true, takeTickets: true },
    { sectors: ["DIRECTION"], view: true, takeTickets: true },
    { role: "ADMIN", sectors: [], view: true, takeTickets: true },
    { sectors: ["VACANCES_SPORTS_LOISIRS"], view: false, takeTickets: false },
    { sectors: ["FICHIER_ADHESIONS"], view: false, takeTickets: false },
    { sectors: ["SECRETARIAT", "ACTION_SOCIALE"], view: false, takeTickets: false },
  ];

  it.each(cases)("$role $sectors: view $view, tickets $takeTickets", (testCase) => {
    const actor = { role: testCase.role ?? ("STAFF" as const), sectors: testCase.sectors };

    expect(canViewPayments(actor)).toBe(testCase.view);
    expect(canTakePayments(actor, "TICKET")).toBe(testCase.takeTickets);
  });
});
