import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatDateShort, formatEuros } from "@/lib/catalogue/format";
import type { CatalogueCard } from "@/lib/catalogue/public-queries";

/** Renders one offer of the catalogue list with its next matching dates, lowest price and places. */
export async function OfferCard({ card }: { card: CatalogueCard }) {
  const t = await getTranslations("catalogue");
  const more = card.sessionCount - card.nextDates.length;

  return (
    <article className="flex h-full flex-col gap-3 rounded-lg bg-white p-4 shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
        {t(`kind.${card.kind}`)}
      </p>
      <h2 className="text-lg font-semibold leading-snug">
        <Link href={`/catalogue/${card.slug}`} className="hover:underline">
          {card.title}
        </Link>
      </h2>
      <p className="text-sm text-slate-700">{card.placeLabel}</p>
      <div className="text-sm text-slate-700">
        <p className="font-medium text-slate-800">{t("card.dates")}</p>
        <ul className="list-disc pl-5">
          {card.nextDates.map((dates) => (
            <li key={`${dates.start.toISOString()}-${dates.end.toISOString()}`}>
              {dates.start.getTime() === dates.end.getTime()
                ? t("card.sameDay", { date: formatDateShort(dates.start) })
                : t("card.dateRange", {
                    start: formatDateShort(dates.start),
                    end: formatDateShort(dates.end),
                  })}
            </li>
          ))}
        </ul>
        {more > 0 && <p>{t("card.moreSessions", { count: more })}</p>}
      </div>
      <div className="mt-auto flex flex-wrap items-end justify-between gap-2 pt-2">
        <p className="font-semibold">
          {card.fromPriceCents === null
            ? t("card.noPrice")
            : t("card.from", { price: formatEuros(card.fromPriceCents) })}
        </p>
        {card.placesLeft > 0 ? (
          <p className="text-sm text-green-800">
            {t("card.placesLeft", { count: card.placesLeft })}
          </p>
        ) : (
          <p className="text-sm font-medium text-amber-800">{t("card.full")}</p>
        )}
      </div>
    </article>
  );
}
