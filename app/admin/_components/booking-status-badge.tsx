import { memberStatusKey, type MemberStatusKey } from "@/lib/booking/member-status";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { staffStatusLabel } from "@/lib/staff/booking-status-label";

const STYLES: Record<MemberStatusKey, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  CONFIRMED: "bg-green-100 text-green-900",
  HELD: "bg-amber-100 text-amber-900",
  WAITING: "bg-sky-100 text-sky-900",
  OFFERED: "bg-violet-100 text-violet-900",
  REFUSED: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-200 text-slate-800",
  EXPIRED: "bg-slate-200 text-slate-800",
  HOLD_EXPIRED: "bg-slate-200 text-slate-800",
};

/**
 * Renders a booking status as a coloured label. The colour only repeats the
 * text. Places held until payment show the hold's end, as members see them.
 */
export async function BookingStatusBadge({
  status,
  holdExpiresAt = null,
}: {
  status: BookingStatus;
  holdExpiresAt?: Date | null;
}) {
  const key = memberStatusKey({ status, holdExpiresAt });
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[key]}`}>
      {await staffStatusLabel({ status, holdExpiresAt })}
    </span>
  );
}
