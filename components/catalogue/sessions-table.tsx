import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { stayLengthInDays } from "@/lib/catalogue/calendar-days";
import { formatDateLong, formatEuros, formatInstant } from "@/lib/catalogue/format";
import { isBookingOpen, placesLeft, type PublicSession } from "@/lib/catalogue/public-queries";

type Translate = Awaited<ReturnType<typeof getTranslations<"catalogue">>>;

function ageRange(t: Translate, session: PublicSession) {
  const { minAge: min, maxAge: max } = session;
  if (min !== null && max !== null) return t("offer.ages", { min, max });
  if (min !== null) return t("offer.minAgeOnly", { min });
  if (max !== null) return t("offer.maxAgeOnly", { max });
  return t("offer.anyAge");
}

function bookingWindow(t: Translate, session: PublicSession, now: Date) {
  if (now < session.bookingOpensAt) {
    return t("offer.windowNotYet", { opens: formatInstant(session.bookingOpensAt) });
  }
  if (now >= session.bookingClosesAt) return t("offer.windowClosed");
  return t("offer.windowOpen", { closes: formatInstant(session.bookingClosesAt) });
}

/**
 * Renders the sessions of an offer: on a phone each session is a card, from
 * the `md` breakpoint a table. The "Réserver" link appears while the window is open.
 */
export async function SessionsTable({
  slug,
  sessions,
  now,
}: {
  slug: string;
  sessions: PublicSession[];
  now: Date;
}) {
  const t = await getTranslations("catalogue");
  const cell = "px-3 py-2 align-top";

  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <thead className="hidden bg-slate-50 text-slate-700 md:table-header-group">
          <tr>
            {(
              ["dates", "length", "ages", "prices", "mode", "window", "places", "action"] as const
            ).map((column) => (
              <th key={column} scope="col" className={`${cell} font-semibold whitespace-nowrap`}>
                {t(`offer.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {sessions.map((session) => {
            const dates = t("card.dateRange", {
              start: formatDateLong(session.startDate),
              end: formatDateLong(session.endDate),
            });
            const free = placesLeft(session);
            return (
              <tr key={session.id} className="grid grid-cols-1 gap-1 p-3 md:table-row md:p-0">
                <td className={`${cell} font-medium`}>
                  {dates}
                  {session.label && (
                    <span className="block font-normal text-slate-600">{session.label}</span>
                  )}
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  {t("offer.days", { count: stayLengthInDays(session.startDate, session.endDate) })}
                </td>
                <td className={cell}>
                  {t(`audience.${session.audience}`)}, {ageRange(t, session)}
                </td>
                <td className={cell}>
                  {session.adultPriceCents !== null && (
                    <span className="block">
                      {t("offer.adultPrice", { price: formatEuros(session.adultPriceCents) })}
                    </span>
                  )}
                  {session.childPriceCents !== null && (
                    <span className="block">
                      {t("offer.childPrice", { price: formatEuros(session.childPriceCents) })}
                    </span>
                  )}
                </td>
                <td className={cell}>{t(`mode.${session.mode}`)}</td>
                <td className={cell}>{bookingWindow(t, session, now)}</td>
                <td className={cell}>
                  <span className={free > 0 ? "text-green-800" : "font-medium text-amber-800"}>
                    {t("offer.placesLeft", { count: free })}
                  </span>
                </td>
                <td className={cell}>
                  {isBookingOpen(session, now) && (
                    <Link
                      href={`/catalogue/${slug}/book?session=${session.id}`}
                      aria-label={t("offer.bookLabel", { dates })}
                      className="inline-block rounded bg-brand-600 px-3 py-2 font-medium whitespace-nowrap text-white hover:bg-brand-700"
                    >
                      {t("offer.book")}
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
