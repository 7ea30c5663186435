import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { PaymentTender } from "@/lib/generated/prisma/enums";
import { closeCashDesk, openCashDesk } from "@/lib/payments/cash-desk";
import { getCashDeskReport } from "@/lib/payments/cash-desk-report";
import { createRefund } from "@/lib/payments/create-refund";
import { markRefundIssued } from "@/lib/payments/staff-views-refunds";
import { expectDomainError } from "../support/expect-domain-error";
import { createStaffUser } from "../support/factories";
import { createPayableBooking, createReceivedPayment } from "../support/payment-factories";

/** Receives a payment for a new booking and creates a refund to issue through it. */
async function createRefundToIssue(tender: PaymentTender, paidCents: number, refundCents: number) {
  const { booking } = await createPayableBooking({ memberShareCents: paidCents });
  const payment = await createReceivedPayment(booking.id, {
    amountCents: paidCents,
    tender,
    ...(tender === "CHEQUE"
      ? { chequeBank: "La Banque Postale", chequeNumber: "1234567", chequeHolder: "Famille Test" }
      : {}),
  });
  return db.$transaction((tx) =>
    createRefund(tx, { payment, amountCents: refundCents, reason: "staff", createdById: null }),
  );
}

type RefundCase = {
  name: string;
  refund: { tender: PaymentTender; cents: number; issuer: "holder" | "colleague" } | null;
  expectedCashCents: number;
};

// Every case: a float of 100 € and 80 € of cash taken into the holder's desk.
const refundCases: RefundCase[] = [
  { name: "no refund", refund: null, expectedCashCents: 18_000 },
  {
    name: "a cash refund by the holder",
    refund: { tender: "CASH", cents: 4_000, issuer: "holder" },
    expectedCashCents: 14_000,
  },
  {
    name: "a cash refund by a colleague",
    refund: { tender: "CASH", cents: 4_000, issuer: "colleague" },
    expectedCashCents: 18_000,
  },
  {
    name: "a cheque refund by the holder",
    refund: { tender: "CHEQUE", cents: 4_000, issuer: "holder" },
    expectedCashCents: 18_000,
  },
];

describe("cash desk and cash refunds", () => {
  it.each(refundCases)("expects the cash after $name", async (testCase) => {
    const holder = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const colleague = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const desk = await openCashDesk(holder.actor, 10_000);
    await openCashDesk(colleague.actor, 0);
    const { booking } = await createPayableBooking({ memberShareCents: 8_000 });
    await createReceivedPayment(booking.id, {
      amountCents: 8_000,
      recordedById: holder.user.id,
      cashDeskSessionId: desk.id,
    });
    if (testCase.refund) {
      const refund = await createRefundToIssue(
        testCase.refund.tender,
        9_000,
        testCase.refund.cents,
      );
      const issuer = testCase.refund.issuer === "holder" ? holder : colleague;
      await markRefundIssued(issuer.actor, refund.id, "Rendu au guichet");
    }

    const report = await getCashDeskReport(holder.actor, desk.id);
    const closed = await closeCashDesk(holder.actor, {
      countedCashCents: testCase.expectedCashCents,
      countedChequeCents: 0,
      countedAncvCents: 0,
      note: "",
    });

    expect(report.expected.expectedCashCents).toBe(testCase.expectedCashCents);
    expect(closed.expectedCashCents).toBe(testCase.expectedCashCents);
    expect(closed.countedCashCents! - closed.expectedCashCents!).toBe(0);
  });

  it("lists the holder's cash refunds in the report", async () => {
    const holder = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const desk = await openCashDesk(holder.actor, 5_000);
    const refund = await createRefundToIssue("CASH", 6_000, 2_500);
    await markRefundIssued(holder.actor, refund.id, "Rendu en main propre");

    const report = await getCashDeskReport(holder.actor, desk.id);

    expect(report.cashRefunds.map((listed) => listed.id)).toEqual([refund.id]);
    expect(report.cashRefunds[0].amountCents).toBe(2_500);
    expect(report.cashRefunds[0].issueNote).toBe("Rendu en main propre");
    expect(report.cashRefunded).toEqual({ count: 1, amountCents: 2_500 });
    expect(report.expected.expectedCashCents).toBe(2_500);
  });

  it("leaves refunds issued before opening out", async () => {
    const holder = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    await openCashDesk(holder.actor, 0);
    const earlier = await createRefundToIssue("CASH", 3_000, 1_000);
    await markRefundIssued(holder.actor, earlier.id, "Rendu");
    await closeCashDesk(holder.actor, {
      countedCashCents: 0,
      countedChequeCents: 0,
      countedAncvCents: 0,
      note: "Remboursement rendu sans fond de caisse.",
    });

    const next = await openCashDesk(holder.actor, 2_000);
    const report = await getCashDeskReport(holder.actor, next.id);

    expect(report.cashRefunds).toEqual([]);
    expect(report.expected.expectedCashCents).toBe(2_000);
  });

  it("rejects a cash refund without an open desk", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const refund = await createRefundToIssue("CASH", 5_000, 5_000);

    await expectDomainError(
      markRefundIssued(actor, refund.id, "Rendu au guichet"),
      "cash_desk_not_open_for_refund",
    );

    const stored = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(stored.status).toBe("TO_ISSUE");
    expect(stored.issuedById).toBeNull();
  });

  it("issues a cheque refund without an open desk", async () => {
    const { actor, user } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const refund = await createRefundToIssue("CHEQUE", 5_000, 5_000);

    await markRefundIssued(actor, refund.id, "Chèque n° 42");

    const stored = await db.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(stored.status).toBe("ISSUED");
    expect(stored.issuedById).toBe(user.id);
  });
});
