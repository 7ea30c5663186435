import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { createRefund } from "@/lib/payments/create-refund";
import { loadMemberPayments } from "@/lib/payments/member-payments";
import { loadBookingRefundProgress } from "@/lib/payments/refund-progress";
import { createPayableBooking, createReceivedPayment } from "../support/payment-factories";

/** Pays 300 € by card and refunds 100 €, left in the given status. */
async function refundedBooking(status: RefundStatus) {
  const { booking, family } = await createPayableBooking({ memberShareCents: 30_000 });
  const payment = await createReceivedPayment(booking.id, { amountCents: 30_000, tender: "CARD" });
  const refund = await db.$transaction((tx) =>
    createRefund(tx, { payment, amountCents: 10_000, reason: "staff", createdById: null }),
  );
  await db.refund.update({
    where: { id: refund.id },
    data: { status, issuedAt: status === "ISSUED" ? new Date() : null },
  });
  return { booking, family, payment };
}

describe("refund progress shown to members", () => {
  it.each([
    { status: "ISSUED", issuedCents: 10_000, inProgressCents: 0 },
    { status: "PENDING", issuedCents: 0, inProgressCents: 10_000 },
    { status: "TO_ISSUE", issuedCents: 0, inProgressCents: 10_000 },
    { status: "FAILED", issuedCents: 0, inProgressCents: 10_000 },
  ] as const)("counts a $status refund", async ({ status, issuedCents, inProgressCents }) => {
    const { booking, family, payment } = await refundedBooking(status);

    const progress = await loadBookingRefundProgress(db, booking.id);
    const { payments } = await loadMemberPayments(db, family.household.id);

    expect(progress).toEqual({ issuedCents, inProgressCents });
    const listed = payments.find((candidate) => candidate.id === payment.id);
    expect(listed?.refunds).toEqual({ issuedCents, inProgressCents });
  });
});
