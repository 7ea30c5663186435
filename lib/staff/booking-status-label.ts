import { formatParisInstant } from "@/components/booking/format";
import { memberStatusKey } from "@/lib/booking/member-status";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n";

/**
 * Returns the French label of a booking's status for staff. Places held
 * until payment and a hold that ran out read as members see them ("Places
 * retenues jusqu'au …", "Délai de paiement dépassé"), so a held booking is
 * not mistaken for a paid one. Other statuses use the staff wording.
 */
export async function staffStatusLabel(booking: {
  status: BookingStatus;
  holdExpiresAt: Date | null;
}) {
  const key = memberStatusKey(booking);
  if (key === "HELD" || key === "HOLD_EXPIRED") {
    const t = await getTranslator("booking.status");
    const date = booking.holdExpiresAt ? formatParisInstant(booking.holdExpiresAt) : "";
    return t(key, { date });
  }
  const t = await getTranslator("adminBookings.statuses");
  return t(booking.status);
}
