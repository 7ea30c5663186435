import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatParisInstant, formatShortCalendarDate } from "@/components/booking/format";
import { db } from "@/lib/db";

/**
 * Lists the household's places offered from a waiting list that the member
 * has not yet accepted or declined, with their deadline. Renders nothing when there are none.
 */
export async function OfferedPlacesCard({ householdId }: { householdId: string }) {
  const offered = await db.booking.findMany({
    where: { householdId, status: "OFFERED" },
    orderBy: { offerExpiresAt: "asc" },
    select: {
      id: true,
      offerExpiresAt: true,
      session: {
        select: { startDate: true, endDate: true, offer: { select: { title: true } } },
      },
    },
  });
  if (offered.length === 0) return null;
  const t = await getTranslations("booking");

  return (
    <section
      aria-labelledby="offered-places-title"
      className="space-y-3 rounded-lg border-2 border-sky-300 bg-white p-5 shadow-sm"
    >
      <h2 id="offered-places-title" className="text-lg font-semibold">
        {t("dashboard.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("dashboard.intro")}</p>
      <ul className="space-y-2 text-sm">
        {offered.map((booking) => (
          <li key={booking.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {t("dashboard.item", {
                offer: booking.session.offer.title,
                start: formatShortCalendarDate(booking.session.startDate),
                end: formatShortCalendarDate(booking.session.endDate),
                deadline: booking.offerExpiresAt ? formatParisInstant(booking.offerExpiresAt) : "",
              })}
            </span>
            <Link
              href={`/account/bookings/${booking.id}`}
              className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
            >
              {t("dashboard.answer")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
