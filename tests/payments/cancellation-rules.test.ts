import { describe, expect, it } from "vitest";

import {
  allocateRefund,
  cancellationFeeCents,
  cancellationSettlement,
  type RefundablePayment,
} from "@/lib/payments/cancellation";

const scale = [
  { daysBefore: 30, retainedPercent: 25 },
  { daysBefore: 7, retainedPercent: 50 },
  { daysBefore: 0, retainedPercent: 100 },
];

describe("cancellationFeeCents", () => {
  it.each([
    { rule: "more days left than any tier", today: "2027-05-31", share: 40000, fee: 0 },
    { rule: "exactly 30 days left", today: "2027-06-01", share: 40000, fee: 10000 },
    { rule: "between 30 and 7 days", today: "2027-06-20", share: 40000, fee: 10000 },
    { rule: "exactly 7 days left", today: "2027-06-24", share: 40000, fee: 20000 },
    { rule: "6 days left", today: "2027-06-25", share: 40000, fee: 20000 },
    { rule: "the first day", today: "2027-07-01", share: 40000, fee: 40000 },
    { rule: "after the first day", today: "2027-07-03", share: 40000, fee: 40000 },
    { rule: "rounds down for the member", today: "2027-06-20", share: 333, fee: 83 },
    { rule: "nothing to pay", today: "2027-06-20", share: 0, fee: 0 },
  ])("$rule", ({ today, share, fee }) => {
    const facts = { memberShareCents: share, tiers: scale, startDate: "2027-07-01", today };

    expect(cancellationFeeCents(facts)).toBe(fee);
  });

  it("keeps nothing without a scale", () => {
    const facts = {
      memberShareCents: 5000,
      tiers: [],
      startDate: "2027-07-01",
      today: "2027-07-01",
    };

    expect(cancellationFeeCents(facts)).toBe(0);
  });

  it("reads tiers in any order", () => {
    const reversed = [...scale].reverse();
    const facts = { memberShareCents: 1000, tiers: reversed, startDate: "2027-07-01" };

    expect(cancellationFeeCents({ ...facts, today: "2027-06-28" })).toBe(500);
  });
});

describe("cancellationSettlement", () => {
  it.each([
    { rule: "paid in full", feeCents: 10000, netPaidCents: 40000, kept: 10000, refund: 30000 },
    { rule: "no fee", feeCents: 0, netPaidCents: 40000, kept: 0, refund: 40000 },
    { rule: "paid less than the fee", feeCents: 10000, netPaidCents: 4000, kept: 4000, refund: 0 },
    { rule: "nothing paid", feeCents: 10000, netPaidCents: 0, kept: 0, refund: 0 },
  ])("$rule", ({ feeCents, netPaidCents, kept, refund }) => {
    const settlement = cancellationSettlement({ feeCents, netPaidCents });

    expect(settlement.keptCents).toBe(kept);
    expect(settlement.refundCents).toBe(refund);
  });
});

function payment(
  id: string,
  tender: RefundablePayment["tender"],
  amountCents: number,
  day: number,
  refundedCents = 0,
): RefundablePayment {
  return {
    id,
    tender,
    amountCents,
    refundedCents,
    receivedAt: new Date(Date.UTC(2027, 0, day)),
    receiptNumber: `2027-${id}`,
  };
}

describe("allocateRefund", () => {
  it.each([
    {
      rule: "card before cheque",
      payments: [payment("cheque", "CHEQUE", 5000, 3), payment("card", "CARD", 5000, 1)],
      amount: 7000,
      parts: [
        { paymentId: "card", amountCents: 5000 },
        { paymentId: "cheque", amountCents: 2000 },
      ],
    },
    {
      rule: "newest card first",
      payments: [payment("old", "CARD", 3000, 1), payment("new", "CARD", 3000, 9)],
      amount: 4000,
      parts: [
        { paymentId: "new", amountCents: 3000 },
        { paymentId: "old", amountCents: 1000 },
      ],
    },
    {
      rule: "newest office tender first",
      payments: [payment("cash", "CASH", 2000, 2), payment("ancv", "ANCV", 2000, 5)],
      amount: 3000,
      parts: [
        { paymentId: "ancv", amountCents: 2000 },
        { paymentId: "cash", amountCents: 1000 },
      ],
    },
    {
      rule: "skips what was already refunded",
      payments: [payment("card", "CARD", 5000, 4, 5000), payment("cash", "CASH", 5000, 1, 1000)],
      amount: 4000,
      parts: [{ paymentId: "cash", amountCents: 4000 }],
    },
    {
      rule: "caps a partly refunded card",
      payments: [payment("card", "CARD", 5000, 4, 3000), payment("cash", "CASH", 5000, 1)],
      amount: 4000,
      parts: [
        { paymentId: "card", amountCents: 2000 },
        { paymentId: "cash", amountCents: 2000 },
      ],
    },
    {
      rule: "latest receipt first at one instant",
      payments: [payment("000007", "CHEQUE", 15000, 3), payment("000008", "ANCV", 10000, 3)],
      amount: 17200,
      parts: [
        { paymentId: "000008", amountCents: 10000 },
        { paymentId: "000007", amountCents: 7200 },
      ],
    },
    { rule: "nothing to refund", payments: [payment("c", "CARD", 500, 1)], amount: 0, parts: [] },
  ])("$rule", ({ payments, amount, parts }) => {
    expect(allocateRefund(payments, amount)).toEqual(parts);
  });

  it("throws above what was paid", () => {
    const payments = [payment("card", "CARD", 5000, 1, 1000), payment("cash", "CASH", 1000, 2)];

    expect(() => allocateRefund(payments, 5001)).toThrow(RangeError);
  });
});
