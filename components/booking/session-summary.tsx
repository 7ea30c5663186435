import { useTranslations } from "next-intl";

import {
  formatCalendarDate,
  formatParisInstant,
  formatShortCalendarDate,
} from "@/components/booking/format";
import type { BookingMode } from "@/lib/generated/prisma/enums";

export type SessionSummaryData = {
  label: string | null;
  startDate: Date;
  endDate: Date;
  placeLabel: string;
  mode: BookingMode;
  capacity: number;
  confirmedPlaces: number;
  offeredPlaces: number;
  minAge: number | null;
  maxAge: number | null;
  bookingOpensAt: Date;
  bookingClosesAt: Date;
  cancellationDeadline: Date;
  cancelledAt: Date | null;
};

/** Returns the places neither confirmed nor set aside for the waiting list. */
export function placesLeft(session: SessionSummaryData): number {
  return Math.max(0, session.capacity - session.confirmedPlaces - session.offeredPlaces);
}

/** Lists a session's dates, place, age range, booking mode explained, places left and deadlines. */
export function SessionSummary({ session }: { session: SessionSummaryData }) {
  const t = useTranslations("booking");
  const sameDay = session.startDate.getTime() === session.endDate.getTime();

  if (session.cancelledAt) {
    return <p className="font-medium text-red-800">{t("session.cancelled")}</p>;
  }

  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      <div>
        <dt className="font-medium text-slate-700">{session.label ?? t("session.datesTitle")}</dt>
        <dd>
          {sameDay
            ? t("session.oneDay", { date: formatCalendarDate(session.startDate) })
            : t("session.dates", {
                start: formatCalendarDate(session.startDate),
                end: formatCalendarDate(session.endDate),
              })}
        </dd>
      </div>
      <div>
        <dt className="font-medium text-slate-700">{t("session.place")}</dt>
        <dd>{session.placeLabel}</dd>
      </div>
      <div>
        <dt className="font-medium text-slate-700">{t("session.placesTitle")}</dt>
        <dd>
          {t("session.placesLeft", { count: placesLeft(session), capacity: session.capacity })}
        </dd>
      </div>
      {(session.minAge !== null || session.maxAge !== null) && (
        <div>
          <dt className="font-medium text-slate-700">{t("session.ageTitle")}</dt>
          <dd>{ageRange(t, session.minAge, session.maxAge)}</dd>
        </div>
      )}
      <div className="sm:col-span-2">
        <dt className="font-medium text-slate-700">
          {t("session.mode")} : {t(`mode.${session.mode}.name`)}
        </dt>
        <dd className="text-slate-700">{t(`mode.${session.mode}.explanation`)}</dd>
      </div>
      <div className="sm:col-span-2">
        <dt className="font-medium text-slate-700">{t("session.deadlinesTitle")}</dt>
        <dd>
          {t("session.window", {
            opens: formatParisInstant(session.bookingOpensAt),
            closes: formatParisInstant(session.bookingClosesAt),
          })}
        </dd>
        <dd>
          {t("session.cancellationDeadline", {
            date: formatShortCalendarDate(session.cancellationDeadline),
          })}
        </dd>
      </div>
    </dl>
  );
}

function ageRange(
  t: ReturnType<typeof useTranslations<"booking">>,
  min: number | null,
  max: number | null,
) {
  if (min !== null && max !== null) return t("session.ageRange", { min, max });
  if (min !== null) return t("session.ageMin", { min });
  return t("session.ageMax", { max: max ?? 0 });
}
