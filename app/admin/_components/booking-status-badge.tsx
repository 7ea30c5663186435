import { getTranslations } from "next-intl/server";

import type { BookingStatus } from "@/lib/generated/prisma/enums";

const STYLES: Record<BookingStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  CONFIRMED: "bg-green-100 text-green-900",
  WAITING: "bg-sky-100 text-sky-900",
  OFFERED: "bg-violet-100 text-violet-900",
  REFUSED: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-200 text-slate-800",
  EXPIRED: "bg-slate-200 text-slate-800",
};

/** Renders a booking status as a coloured label. The colour only repeats the text. */
export async function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const t = await getTranslations("adminBookings.statuses");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>
      {t(status)}
    </span>
  );
}
