import { describe, expect, it } from "vitest";

import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { createRefund } from "@/lib/payments/create-refund";
import { memberAttestationPdf } from "@/lib/payments/receipts/receipt-files";
import { loadYearlyAttestation } from "@/lib/payments/receipts/yearly-attestation";
import { createPayableBooking, createReceivedPayment } from "../support/payment-factories";
import { pdfTextLines } from "../support/pdf-text";

/** Creates a cash payment received mid-2025 and a 40 € refund of it in the given state. */
async function refundedPayment(status: RefundStatus, issuedAt: Date | null) {
  const { booking } = await createPayableBooking({ memberShareCents: 30_000 });
  const payment = await createReceivedPayment(booking.id, {
    amountCents: 10_000,
    receivedAt: new Date("2025-06-15T10:00:00Z"),
  });
  const refund = await db.$transaction((tx) =>
    createRefund(tx, { payment, amountCents: 4_000, reason: "staff", createdById: null }),
  );
  await db.refund.update({ where: { id: refund.id }, data: { status, issuedAt } });
  return booking;
}

describe("attestation refunds", () => {
  it.each([
    { status: "TO_ISSUE", issuedAt: null, refunded: 0 },
    { status: "PENDING", issuedAt: null, refunded: 0 },
    { status: "FAILED", issuedAt: null, refunded: 0 },
    { status: "ISSUED", issuedAt: "2025-09-01T10:00:00Z", refunded: 4_000 },
    // 1 January 2025, 00:30 in Paris.
    { status: "ISSUED", issuedAt: "2024-12-31T23:30:00Z", refunded: 4_000 },
    // 1 January 2026, 00:30 in Paris.
    { status: "ISSUED", issuedAt: "2025-12-31T23:30:00Z", refunded: 0 },
  ] as { status: RefundStatus; issuedAt: string | null; refunded: number }[])(
    "$status at $issuedAt counts $refunded",
    async ({ status, issuedAt, refunded }) => {
      const booking = await refundedPayment(status, issuedAt ? new Date(issuedAt) : null);

      const attestation = await loadYearlyAttestation(db, booking.householdId, 2025);

      expect(attestation.totals.paidCents).toBe(10_000);
      expect(attestation.totals.refundedCents).toBe(refunded);
      expect(attestation.totals.netPaidCents).toBe(10_000 - refunded);
      expect(attestation.bookings[0].refunds).toHaveLength(refunded ? 1 : 0);
    },
  );

  it("counts a refund in its issue year", async () => {
    const booking = await refundedPayment("ISSUED", new Date("2026-02-01T10:00:00Z"));

    const attestation = await loadYearlyAttestation(db, booking.householdId, 2026);

    expect(attestation.bookings.map((row) => row.id)).toEqual([booking.id]);
    expect(attestation.totals.paidCents).toBe(0);
    expect(attestation.totals.refundedCents).toBe(4_000);
  });

  it("prints the whole refund tender", async () => {
    const { booking, family } = await createPayableBooking({ memberShareCents: 30_000 });
    const payment = await createReceivedPayment(booking.id, {
      tender: "ANCV",
      amountCents: 5_000,
      vouchers: [{ serialNumber: `AT${Date.now()}`, faceValueCents: 5_000 }],
    });
    const refund = await db.$transaction((tx) =>
      createRefund(tx, { payment, amountCents: 5_000, reason: "staff", createdById: null }),
    );
    await db.refund.update({
      where: { id: refund.id },
      data: { status: "ISSUED", issuedAt: new Date() },
    });

    const file = await memberAttestationPdf(family.actor, String(currentYear()));
    const lines = await pdfTextLines(file.bytes);

    expect(lines).toContain("Remboursement (Chèques-vacances ANCV)");
    expect(lines.join("\n")).not.toContain("...");
  });
});
