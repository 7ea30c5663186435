import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import { formatDateTimeParis } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { getSessionRoster, type RosterBooking } from "@/lib/staff/session-roster";
import { PrintButton } from "./print-button";

type Props = { params: Promise<{ id: string }> };

// The site header, footer and back-office tabs come from the layouts, so
// this page hides them when printing and sets an A4 page.
const PRINT_CSS = `
@page { size: A4 portrait; margin: 12mm; }
@media print {
  body > a, body > header, body > footer, main nav { display: none !important; }
  body { background: white !important; }
  main { max-width: none !important; padding: 0 !important; }
  tr { break-inside: avoid; }
}`;

export default async function SessionPrintPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/sessions/${id}/print`);
  const roster = await orNotFound(getSessionRoster(actor, id));
  const t = await getTranslations("adminBookings");
  const { session, offer, groups } = roster;

  return (
    <div className="space-y-5 text-sm print:space-y-3 print:text-[10pt]">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label={t("print.printButton")} />
        <Link href={`/admin/sessions/${session.id}`} className="text-brand-700 underline">
          {t("print.back")}
        </Link>
      </div>

      <div className="space-y-1">
        <h1 className="text-xl font-bold">
          {t("print.title")} · {offer.title}
          {session.label ? ` · ${session.label}` : ""}
        </h1>
        <p>
          {t("session.dates", {
            start: formatCalendarDateFr(session.startDate),
            end: formatCalendarDateFr(session.endDate),
          })}{" "}
          · {t("session.capacity")} {roster.places.capacity} · {t("session.confirmed")}{" "}
          {roster.places.confirmed} · {t("session.offered")} {roster.places.offered} ·{" "}
          {t("session.left")} {roster.places.left}
        </p>
        <p className="text-slate-600">
          {t("print.printedOn", { date: formatDateTimeParis(new Date()) })}
        </p>
      </div>

      <PrintTable title={t("print.participants")} bookings={groups.confirmed} />
      {groups.offered.length > 0 && (
        <PrintTable title={t("print.offered")} bookings={groups.offered} />
      )}
      {groups.waiting.length > 0 && (
        <PrintTable title={t("print.waiting")} bookings={groups.waiting} ranked />
      )}
    </div>
  );
}

async function PrintTable({
  title,
  bookings,
  ranked = false,
}: {
  title: string;
  bookings: RosterBooking[];
  ranked?: boolean;
}) {
  const t = await getTranslations("adminBookings");
  const rows = bookings.flatMap((booking) =>
    booking.participants.map((participant) => ({ booking, participant })),
  );
  const cell = "border border-slate-400 px-1.5 py-1 text-left align-top";

  return (
    <section className="space-y-2 print:break-inside-auto">
      <h2 className="text-base font-semibold">
        {title} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p>{t("print.none")}</p>
      ) : (
        <table className="w-full border-collapse bg-white">
          <thead>
            <tr>
              <th scope="col" className={cell}>
                {ranked ? t("print.rank") : t("print.number")}
              </th>
              <th scope="col" className={cell}>
                {t("print.name")}
              </th>
              <th scope="col" className={cell}>
                {t("print.birthDate")}
              </th>
              <th scope="col" className={cell}>
                {t("print.age")}
              </th>
              <th scope="col" className={cell}>
                {t("print.category")}
              </th>
              <th scope="col" className={cell}>
                {t("print.member")}
              </th>
              <th scope="col" className={cell}>
                {t("print.phone")}
              </th>
              <th scope="col" className={cell}>
                {t("print.reference")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ booking, participant }, index) => (
              <tr key={participant.id}>
                <td className={`${cell} tabular-nums`}>
                  {ranked ? booking.waitingRank : index + 1}
                </td>
                <th scope="row" className={`${cell} font-medium`}>
                  {participant.lastName} {participant.firstName}
                </th>
                <td className={`${cell} tabular-nums`}>
                  {formatCalendarDateFr(participant.birthDate)}
                </td>
                <td className={`${cell} tabular-nums`}>{participant.ageOnStart}</td>
                <td className={cell}>{t(`categories.${participant.category}`)}</td>
                <td className={cell}>
                  {booking.member.firstName} {booking.member.lastName}
                </td>
                <td className={`${cell} whitespace-nowrap`}>{booking.member.phone ?? ""}</td>
                <td className={`${cell} whitespace-nowrap`}>{booking.reference}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
