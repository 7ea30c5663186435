import type { DbClient } from "@/lib/db";
import type { RefundStatus } from "@/lib/generated/prisma/enums";

/**
 * Money decided to go back to the member, split by whether it has been paid
 * back (ISSUED) or not yet (TO_ISSUE, PENDING at Stripe, or FAILED and to be
 * issued again by the office), in cents.
 */
export type RefundProgress = { issuedCents: number; inProgressCents: number };

/** Sums refunds into what was paid back and what is still in progress. */
export function refundProgress(refunds: { status: RefundStatus; amountCents: number }[]) {
  const progress: RefundProgress = { issuedCents: 0, inProgressCents: 0 };
  for (const refund of refunds) {
    if (refund.status === "ISSUED") progress.issuedCents += refund.amountCents;
    else progress.inProgressCents += refund.amountCents;
  }
  return progress;
}

/** Loads the refund progress of one booking. */
export async function loadBookingRefundProgress(client: DbClient, bookingId: string) {
  const refunds = await client.refund.findMany({
    where: { bookingId },
    select: { status: true, amountCents: true },
  });
  return refundProgress(refunds);
}
