import type { DbClient } from "@/lib/db";
import { attestationYears } from "@/lib/payments/receipts/yearly-attestation";
import { refundProgress } from "@/lib/payments/refund-progress";

/**
 * Loads the household's received payments, newest first, with their
 * booking and their refunds split into paid back and in progress, and the
 * years that have an attestation.
 */
export async function loadMemberPayments(client: DbClient, householdId: string) {
  const payments = await client.payment.findMany({
    where: { householdId, status: "SUCCEEDED" },
    orderBy: [{ receivedAt: "desc" }, { receiptNumber: "desc" }],
    select: {
      id: true,
      receiptNumber: true,
      receivedAt: true,
      tender: true,
      amountCents: true,
      refunds: { select: { status: true, amountCents: true } },
      booking: {
        select: {
          id: true,
          reference: true,
          session: { select: { offer: { select: { title: true } } } },
        },
      },
    },
  });
  return {
    payments: payments.map(({ refunds, ...payment }) => ({
      ...payment,
      refunds: refundProgress(refunds),
    })),
    years: await attestationYears(client, householdId),
  };
}
