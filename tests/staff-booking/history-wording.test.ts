import { describe, expect, it } from "vitest";

import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { statusNotNamedBy } from "@/lib/staff/booking-review";

describe("booking history status", () => {
  it.each([
    { action: "booking.cancelled", status: "CANCELLED", shown: null },
    { action: "booking.refused", status: "REFUSED", shown: null },
    { action: "booking.hold_expired", status: "EXPIRED", shown: null },
    { action: "booking.created", status: "CONFIRMED", shown: "CONFIRMED" },
    { action: "booking.created", status: "WAITING", shown: "WAITING" },
    { action: "booking.offer_expired", status: "EXPIRED", shown: "EXPIRED" },
    { action: "booking.instalments_chosen", status: null, shown: null },
  ] as { action: string; status: BookingStatus | null; shown: BookingStatus | null }[])(
    "$action to $status shows $shown",
    ({ action, status, shown }) => {
      expect(statusNotNamedBy(action, status)).toBe(shown);
    },
  );
});
