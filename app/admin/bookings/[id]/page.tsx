import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import {
  getBookingForReview,
  statusNotNamedBy,
  type BookingReview,
} from "@/lib/staff/booking-review";
import { formatDateTimeParis, formatEuros } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { BookingStatusBadge } from "../../_components/booking-status-badge";
import { BackToInbox, Facts, HouseholdContext, Section } from "../../_components/review-parts";
import { BookingDecisions } from "./booking-decisions";
import { BookingPaymentSection } from "./payment-panel";

type Props = { params: Promise<{ id: string }> };

export default async function BookingReviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/bookings/${id}`);
  const { booking, household, history } = await orNotFound(getBookingForReview(actor, id));
  const t = await getTranslations("adminBookings");
  const { session } = booking;
  const placesLeft = Math.max(
    0,
    session.capacity - session.confirmedPlaces - session.offeredPlaces,
  );

  return (
    <div className="space-y-5">
      <BackToInbox />
      <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
        {t("booking.title", { reference: booking.reference })}
        <BookingStatusBadge status={booking.status} holdExpiresAt={booking.holdExpiresAt} />
      </h1>

      <Section title={t("booking.session")}>
        <Facts
          items={[
            {
              label: t("booking.offer"),
              value: `${session.offer.title}${session.label ? ` · ${session.label}` : ""}`,
            },
            {
              label: t("booking.dates"),
              value: t("session.dates", {
                start: formatCalendarDateFr(session.startDate),
                end: formatCalendarDateFr(session.endDate),
              }),
            },
            { label: t("booking.mode"), value: t(`modes.${session.mode}`) },
            {
              label: t("booking.places"),
              value: t("booking.placesValue", {
                places: booking.places,
                left: placesLeft,
                capacity: session.capacity,
              }),
            },
            { label: t("booking.requestedOn"), value: formatDateTimeParis(booking.createdAt) },
            ...(booking.waitingRank !== null
              ? [{ label: t("booking.rank"), value: String(booking.waitingRank) }]
              : []),
            ...(booking.status === "OFFERED" && booking.offerExpiresAt
              ? [
                  {
                    label: t("booking.offerExpires"),
                    value: formatDateTimeParis(booking.offerExpiresAt),
                  },
                ]
              : []),
            ...(booking.refusalReason
              ? [{ label: t("booking.refusalReason"), value: booking.refusalReason }]
              : []),
          ]}
        />
        <Link href={`/admin/sessions/${session.id}`} className="text-brand-700 underline">
          {t("booking.sessionLink")}
        </Link>
      </Section>

      <BookingPaymentSection actor={actor} bookingId={booking.id} />

      <Section title={t("booking.participants")}>
        <ParticipantsTable booking={booking} />
      </Section>

      <Section title={t("booking.member")}>
        <Facts
          items={[
            {
              label: t("booking.memberName"),
              value: `${booking.member.firstName} ${booking.member.lastName}`,
            },
            { label: t("booking.employeeNumber"), value: booking.member.employeeNumber },
            { label: t("booking.email"), value: booking.member.user.email },
            { label: t("booking.phone"), value: booking.member.phone ?? "—" },
          ]}
        />
      </Section>

      <HouseholdContext household={household} />

      <Section title={t("booking.history")}>
        <HistoryList history={history} />
      </Section>

      <Section title={t("booking.decision")}>
        <BookingDecisions id={booking.id} status={booking.status} />
      </Section>
    </div>
  );
}

async function ParticipantsTable({ booking }: { booking: BookingReview["booking"] }) {
  const t = await getTranslations("adminBookings");
  const cell = "py-1.5 pr-3";
  const money = `${cell} text-right tabular-nums`;
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left text-slate-700">
              <th scope="col" className={`${cell} font-medium`}>
                {t("session.participant")}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {t("session.ageOnStart")}
              </th>
              <th scope="col" className={`${cell} font-medium`}>
                {t("session.category")}
              </th>
              <th scope="col" className={`${money} font-medium`}>
                {t("session.publicPrice")}
              </th>
              <th scope="col" className={`${money} font-medium`}>
                {t("session.subsidy")}
              </th>
              <th scope="col" className={`${money} font-medium`}>
                {t("session.memberShare")}
              </th>
            </tr>
          </thead>
          <tbody>
            {booking.participants.map((participant) => (
              <tr key={participant.id} className="border-b border-slate-100">
                <th scope="row" className={`${cell} text-left font-medium`}>
                  {participant.firstName} {participant.lastName}
                  <span className="block text-xs font-normal text-slate-600">
                    {formatCalendarDateFr(participant.birthDate)}
                  </span>
                </th>
                <td className={cell}>{t("session.years", { age: participant.ageOnStart })}</td>
                <td className={cell}>{t(`categories.${participant.category}`)}</td>
                <td className={money}>{formatEuros(participant.publicPriceCents)}</td>
                <td className={money}>{formatEuros(participant.subsidyCents)}</td>
                <td className={money}>{formatEuros(participant.memberShareCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="font-semibold">
              <th scope="row" colSpan={3} className={`${cell} text-left`}>
                {t("session.total")}
              </th>
              <td className={money}>{formatEuros(booking.publicPriceCents)}</td>
              <td className={money}>{formatEuros(booking.subsidyCents)}</td>
              <td className={money}>{formatEuros(booking.memberShareCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="text-sm text-slate-700">
        {t("booking.bracket", { position: booking.bracketPosition })}
      </p>
    </div>
  );
}

async function HistoryList({ history }: { history: BookingReview["history"] }) {
  const t = await getTranslations("adminBookings");
  if (history.length === 0) return <p className="text-slate-700">{t("booking.noHistory")}</p>;
  return (
    <ol className="space-y-3">
      {history.map((step) => (
        <li key={step.id} className="border-l-2 border-slate-300 pl-3">
          <p className="text-sm text-slate-600">
            <time dateTime={step.createdAt.toISOString()}>
              {formatDateTimeParis(step.createdAt)}
            </time>{" "}
            · {step.actorName ?? t("booking.system")}
          </p>
          <p className="font-medium">
            {t.has(`actions.${step.action}`) ? t(`actions.${step.action}`) : step.action}
            {statusNotNamedBy(step.action, step.status) ? ` → ${t(`statuses.${step.status}`)}` : ""}
          </p>
          {step.reason && (
            <p className="text-sm text-slate-700">{t("session.reason", { reason: step.reason })}</p>
          )}
          {step.offerExpiresAt && (
            <p className="text-sm text-slate-700">
              {t("booking.offerExpiresStep", {
                date: formatDateTimeParis(new Date(step.offerExpiresAt)),
              })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
