import type { BookingStatus } from "@/lib/generated/prisma/enums";

type BookingMoney = {
  status: BookingStatus;
  memberShareCents: number;
  paidCents: number;
  refundedCents: number;
};

/** Money the household has paid for a booking, net of refunds. */
export function netPaidCents(booking: Pick<BookingMoney, "paidCents" | "refundedCents">) {
  return booking.paidCents - booking.refundedCents;
}

/**
 * Returns what the household still owes on a booking. Only a CONFIRMED booking is
 * owed: a request, a waiting booking or a cancelled one owes nothing (a
 * cancellation fee is kept out of what was paid, never charged on top).
 */
export function balanceDueCents(booking: BookingMoney) {
  if (booking.status !== "CONFIRMED") return 0;
  return Math.max(booking.memberShareCents - netPaidCents(booking), 0);
}

/**
 * Returns the amount paid from which a CONFIRMED booking keeps its places for good:
 * the first instalment when the member chose instalments, else the whole
 * member share. `instalments` are the booking's due dates, in any order.
 */
export function securingAmountCents(
  booking: { memberShareCents: number; instalmentCount: number },
  instalments: { position: number; amountCents: number }[],
) {
  if (booking.instalmentCount <= 1 || instalments.length === 0) return booking.memberShareCents;
  const first = instalments.reduce((lowest, instalment) =>
    instalment.position < lowest.position ? instalment : lowest,
  );
  return first.amountCents;
}
