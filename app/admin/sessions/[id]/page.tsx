import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import { formatDateParis } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { getSessionRoster, ROSTER_GROUPS, type RosterGroup } from "@/lib/staff/session-roster";
import { Section } from "../../_components/review-parts";
import { BookingGroupTable, PlacesSummary } from "./roster-parts";

type Props = { params: Promise<{ id: string }> };

export default async function SessionParticipantsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/sessions/${id}`);
  const roster = await orNotFound(getSessionRoster(actor, id));
  const t = await getTranslations("adminBookings");
  const { session, offer } = roster;
  const linkClass =
    "rounded border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100";

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <p className="text-sm text-slate-700">{t("session.title")}</p>
        <h1 className="text-2xl font-bold">
          {offer.title}
          {session.label ? ` · ${session.label}` : ""}
        </h1>
        <p className="text-slate-700">
          {t("session.dates", {
            start: formatCalendarDateFr(session.startDate),
            end: formatCalendarDateFr(session.endDate),
          })}{" "}
          · {t("session.mode", { mode: t(`modes.${session.mode}`) })}
        </p>
        {session.cancelledAt && (
          <p className="font-semibold text-red-800">
            {t("session.cancelled", { date: formatDateParis(session.cancelledAt) })}
          </p>
        )}
      </div>

      <PlacesSummary places={roster.places} />

      <div className="space-y-2">
        <div className="flex flex-wrap gap-2">
          <Link href={`/admin/offers/${offer.id}`} className={linkClass}>
            {t("session.offerLink")}
          </Link>
          <Link href={`/admin/offers/${offer.id}/sessions/${session.id}`} className={linkClass}>
            {t("session.editLink")}
          </Link>
          <a href={`/admin/sessions/${session.id}/print`} className={linkClass}>
            {t("session.print")}
          </a>
          <a href={`/admin/sessions/${session.id}/export?format=csv`} className={linkClass}>
            {t("session.exportCsv")}
          </a>
          <a href={`/admin/sessions/${session.id}/export?format=xlsx`} className={linkClass}>
            {t("session.exportXlsx")}
          </a>
        </div>
        <p className="text-sm text-slate-700">{t("session.exportNote")}</p>
      </div>

      {ROSTER_GROUPS.map((group) => (
        <GroupSection key={group} group={group} roster={roster} />
      ))}
    </div>
  );
}

async function GroupSection({
  group,
  roster,
}: {
  group: RosterGroup;
  roster: Awaited<ReturnType<typeof getSessionRoster>>;
}) {
  const t = await getTranslations("adminBookings.session");
  const bookings = roster.groups[group];
  const places = bookings.reduce((sum, booking) => sum + booking.places, 0);
  const title = `${t(`groups.${group}`)} (${t("groupCount", { bookings: bookings.length, places })})`;

  // Refused, cancelled and expired bookings are history: folded by default.
  if (group === "closed") {
    return (
      <details className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <summary className="cursor-pointer text-lg font-semibold">{title}</summary>
        <div className="mt-3">
          <BookingGroupTable group={group} bookings={bookings} />
        </div>
      </details>
    );
  }
  return (
    <Section title={title}>
      <BookingGroupTable group={group} bookings={bookings} />
    </Section>
  );
}
