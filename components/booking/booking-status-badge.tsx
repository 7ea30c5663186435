import { useTranslations } from "next-intl";

import { formatParisInstant } from "@/components/booking/format";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { memberStatusKey, type MemberStatusKey } from "@/lib/booking/member-status";

const TONES: Record<MemberStatusKey, string> = {
  PENDING: "border-amber-300 bg-amber-50 text-amber-900",
  WAITING: "border-amber-300 bg-amber-50 text-amber-900",
  OFFERED: "border-sky-300 bg-sky-50 text-sky-900",
  HELD: "border-amber-300 bg-amber-50 text-amber-900",
  CONFIRMED: "border-green-300 bg-green-50 text-green-900",
  REFUSED: "border-red-300 bg-red-50 text-red-900",
  CANCELLED: "border-slate-300 bg-slate-50 text-slate-800",
  EXPIRED: "border-slate-300 bg-slate-50 text-slate-800",
  HOLD_EXPIRED: "border-slate-300 bg-slate-50 text-slate-800",
};

/**
 * Shows a booking's status in French in a coloured pill. The text alone
 * carries the meaning. Places held until payment show the hold's end.
 */
export function BookingStatusBadge({
  status,
  holdExpiresAt = null,
}: {
  status: BookingStatus;
  holdExpiresAt?: Date | null;
}) {
  const t = useTranslations("booking.status");
  const key = memberStatusKey({ status, holdExpiresAt });
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold ${TONES[key]}`}
    >
      {t(key, { date: holdExpiresAt ? formatParisInstant(holdExpiresAt) : "" })}
    </span>
  );
}
