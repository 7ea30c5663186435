// Parts of the session participants page: the places summary and the
// table of one group of bookings.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import { formatDateParis, formatDateTimeParis, formatEuros } from "@/lib/staff/format";
import type { RosterBooking, RosterGroup, SessionRoster } from "@/lib/staff/session-roster";
import { staffStatusLabel } from "@/lib/staff/booking-status-label";

export async function PlacesSummary({ places }: { places: SessionRoster["places"] }) {
  const t = await getTranslations("adminBookings.session");
  const figures = [
    { label: t("capacity"), value: places.capacity },
    { label: t("confirmed"), value: places.confirmed },
    { label: t("offered"), value: places.offered },
    { label: t("waiting"), value: places.waiting },
    { label: t("pending"), value: places.pending },
    { label: t("left"), value: places.left, strong: true },
  ];
  return (
    <dl
      aria-label={t("counts")}
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6 print:grid-cols-6"
    >
      {figures.map((figure) => (
        <div
          key={figure.label}
          className={`rounded-lg border p-3 ${figure.strong ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}
        >
          <dt className="text-sm text-slate-700">{figure.label}</dt>
          <dd className="text-2xl font-bold tabular-nums">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Renders one group of bookings as a table: a line per booking, then its participants. */
export async function BookingGroupTable({
  group,
  bookings,
}: {
  group: RosterGroup;
  bookings: RosterBooking[];
}) {
  const t = await getTranslations("adminBookings");
  if (bookings.length === 0) return <p className="text-slate-700">{t("session.empty")}</p>;

  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("session.participant")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("session.ageOnStart")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("session.category")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("session.publicPrice")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t("session.subsidy")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("session.memberShare")}
            </th>
          </tr>
        </thead>
        {bookings.map((booking) => (
          <BookingRows key={booking.id} group={group} booking={booking} />
        ))}
      </table>
    </div>
  );
}

async function BookingRows({ group, booking }: { group: RosterGroup; booking: RosterBooking }) {
  const t = await getTranslations("adminBookings");
  return (
    <tbody className="border-b border-slate-200">
      <tr className="bg-slate-50">
        <th scope="rowgroup" colSpan={6} className="px-2 py-2 text-left font-normal">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            {booking.waitingRank !== null && (
              <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                {t("session.rank", { rank: booking.waitingRank })}
              </span>
            )}
            <Link
              href={`/admin/bookings/${booking.id}`}
              className="font-semibold text-brand-700 underline"
            >
              {t("session.booking", { reference: booking.reference })}
            </Link>
            <Link href={`/admin/households/${booking.household.id}`} className="underline">
              {t("session.household", {
                names: booking.household.names,
                commune: booking.household.communeName,
              })}
            </Link>
            <span className="text-slate-700">
              {t("session.member", {
                name: `${booking.member.firstName} ${booking.member.lastName}`,
                employeeNumber: booking.member.employeeNumber,
              })}
            </span>
            <BookingNote group={group} booking={booking} />
          </div>
        </th>
      </tr>
      {booking.participants.map((participant) => (
        <tr key={participant.id}>
          <th scope="row" className="py-1.5 pr-3 pl-4 text-left font-medium">
            {participant.firstName} {participant.lastName}
            <span className="block text-xs font-normal text-slate-600">
              {formatCalendarDateFr(participant.birthDate)}
            </span>
          </th>
          <td className="py-1.5 pr-3">{t("session.years", { age: participant.ageOnStart })}</td>
          <td className="py-1.5 pr-3">{t(`categories.${participant.category}`)}</td>
          <td className="py-1.5 pr-3 text-right tabular-nums">
            {formatEuros(participant.publicPriceCents)}
          </td>
          <td className="py-1.5 pr-3 text-right tabular-nums">
            {formatEuros(participant.subsidyCents)}
          </td>
          <td className="py-1.5 text-right tabular-nums">
            {formatEuros(participant.memberShareCents)}
          </td>
        </tr>
      ))}
      {booking.participants.length > 1 && (
        <tr className="text-slate-700">
          <th scope="row" colSpan={3} className="py-1.5 pr-3 pl-4 text-left font-medium">
            {t("session.total")}
          </th>
          <td className="py-1.5 pr-3 text-right tabular-nums">
            {formatEuros(booking.publicPriceCents)}
          </td>
          <td className="py-1.5 pr-3 text-right tabular-nums">
            {formatEuros(booking.subsidyCents)}
          </td>
          <td className="py-1.5 text-right tabular-nums">
            {formatEuros(booking.memberShareCents)}
          </td>
        </tr>
      )}
    </tbody>
  );
}

async function BookingNote({ group, booking }: { group: RosterGroup; booking: RosterBooking }) {
  const t = await getTranslations("adminBookings");
  if (group === "offered" && booking.offerExpiresAt) {
    return (
      <span className="font-medium text-amber-900">
        {t("session.offerExpires", { date: formatDateTimeParis(booking.offerExpiresAt) })}
      </span>
    );
  }
  if (group === "pending") {
    return (
      <span className="text-slate-700">
        {t("session.receivedOn", { date: formatDateParis(booking.createdAt) })}
      </span>
    );
  }
  if (group === "confirmed" && booking.holdExpiresAt) {
    return <span className="font-medium text-amber-900">{await staffStatusLabel(booking)}</span>;
  }
  if (group === "closed") {
    return (
      <span className="text-slate-700">
        {await staffStatusLabel(booking)}
        {booking.refusalReason
          ? ` · ${t("session.reason", { reason: booking.refusalReason })}`
          : ""}
      </span>
    );
  }
  return null;
}
