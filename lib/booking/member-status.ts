import type { BookingStatus } from "@/lib/generated/prisma/enums";

/**
 * Key of the status shown to a member for a booking. A hold is only set on a CONFIRMED
 * booking, and hold expiry leaves it in place, so `holdExpiresAt` separates a
 * booking held until payment (HELD) from a paid one, and an EXPIRED booking
 * whose payment deadline passed (HOLD_EXPIRED) from a lapsed waiting-list
 * offer, which never had a hold.
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
