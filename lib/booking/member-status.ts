import type { BookingStatus } from "@/lib/generated/prisma/enums";

/**
 * Key of the status shown to a member for a booking. A hold is set only on a
 * CONFIRMED booking, and hold expiry leaves `holdExpiresAt` in place. So it
 * tells a booking awaiting payment (HELD) from a paid one, and a missed
 * payment deadline (HOLD_EXPIRED) from a lapsed waiting-list offer.
 */
export type MemberStatusKey = BookingStatus | "HELD" | "HOLD_EXPIRED";

/** Returns the key of the status label and explanation shown to the member. */
export function memberStatusKey(booking: {
  status: BookingStatus;
  holdExpiresAt: Date | null;
}): MemberStatusKey {
  if (booking.holdExpiresAt === null) return booking.status;
  if (booking.status === "CONFIRMED") return "HELD";
  if (booking.status === "EXPIRED") return "HOLD_EXPIRED";
  return booking.status;
}
