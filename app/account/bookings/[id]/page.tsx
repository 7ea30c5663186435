import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";

import { BookingActions } from "@/components/booking/booking-actions";
import { BookingStatusBadge } from "@/components/booking/booking-status-badge";
import {
  formatCalendarDate,
  formatParisInstant,
  formatShortCalendarDate,
} from "@/components/booking/format";
import { PriceSplitTable } from "@/components/booking/price-split-table";
import { requireAccountMember } from "@/lib/account/require-account-member";
import { memberStatusKey } from "@/lib/booking/member-status";
import { getHouseholdBooking } from "@/lib/booking/queries";
import { ageOn } from "@/lib/dates";
import { db } from "@/lib/db";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { loadMemberPaymentView } from "@/lib/payments/member-payment-view";

import { BookingStatusDetails, isOfferLapsed } from "./booking-status-details";
import { CancellationScale } from "./cancellation-scale";
import { cancellationTermsSentence } from "./cancellation-terms";
import { PaymentBlock } from "./payment-block";
import { PaymentChoices } from "./payment-choices";

export const dynamic = "force-dynamic";

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; done?: string; paiement?: string }>;
};

const ACTIVE_STATUSES: BookingStatus[] = ["PENDING", "CONFIRMED", "WAITING", "OFFERED"];
const DONE_MESSAGES = ["accepted", "declined", "cancelled"] as const;

// Memoized per request, so the metadata and the page share one query.
const loadBooking = cache(async (id: string) => {
  const actor = await requireAccountMember();
  const booking = await getHouseholdBooking(db, actor.householdId, id);
  if (!booking) notFound();
  return booking;
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const booking = await loadBooking(id);
  const t = await getTranslations("booking.detail");
  return { title: t("metaTitle", { reference: booking.reference }) };
}

export default async function BookingPage({ params, searchParams }: PageProps) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const booking = await loadBooking(id);
  const t = await getTranslations("booking");
  const { session } = booking;
  const payment = (await loadMemberPaymentView(db, booking.householdId, booking.id))!;

  const active = ACTIVE_STATUSES.includes(booking.status);
  // An active booking that the engine will not cancel has passed its deadline.
  const deadlinePassed = active && !booking.canCancel;
  const done = DONE_MESSAGES.find((message) => message === query.done);
  const createdKey = memberStatusKey(booking);
  const heldUntil = booking.holdExpiresAt ? formatParisInstant(booking.holdExpiresAt) : "";
  const createdMessage =
    query.created === "1"
      ? t.has(`created.${createdKey}`)
        ? t(`created.${createdKey}`, {
            reference: booking.reference,
            date: heldUntil,
          })
        : t("created.other", { reference: booking.reference })
      : null;
  // Accepted places are held until payment, like new ones.
  const doneKey = done === "accepted" && createdKey === "HELD" ? "acceptedHeld" : done;
  const banner = createdMessage ?? (doneKey ? t(`actions.${doneKey}`, { date: heldUntil }) : null);

  return (
    <div className="space-y-6">
      <p>
        <Link href="/account/bookings" className="text-sm font-medium text-brand-700 underline">
          {t("detail.back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          {t("detail.title", { reference: booking.reference })}
        </h1>
        <BookingStatusBadge status={booking.status} holdExpiresAt={booking.holdExpiresAt} />
      </div>
      {banner && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {banner}
        </p>
      )}

      <section className="space-y-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 className="text-lg font-semibold">
          <Link href={`/catalogue/${session.offer.slug}`} className="text-brand-700 underline">
            {session.offer.title}
          </Link>
        </h2>
        <p>
          {t("session.dates", {
            start: formatCalendarDate(session.startDate),
            end: formatCalendarDate(session.endDate),
          })}
        </p>
        <p className="text-sm text-slate-700">
          {t("session.place")} : {session.offer.placeLabel}
          {" · "}
          {t("session.mode")} : {t(`mode.${session.mode}.name`)}
        </p>
        <p className="text-sm text-slate-700">
          {t("detail.createdAt", { date: formatParisInstant(booking.createdAt) })}
        </p>
      </section>

      <section
        aria-labelledby="status-title"
        className="space-y-3 rounded-lg bg-white p-5 shadow-sm"
      >
        <h2 id="status-title" className="text-lg font-semibold">
          {t("detail.statusTitle")}
        </h2>
        <BookingStatusDetails booking={booking} />
        {active && (
          <BookingActions
            bookingId={booking.id}
            reference={booking.reference}
            offered={booking.status === "OFFERED" && !isOfferLapsed(booking)}
            cancellable={booking.canCancel}
            cancelBlockedReason={
              deadlinePassed
                ? t("actions.cancelTooLate", {
                    date: formatShortCalendarDate(session.cancellationDeadline),
                  })
                : undefined
            }
            cancelMoneyTerms={await cancellationTermsSentence(payment)}
          />
        )}
      </section>

      <PaymentBlock booking={booking} returned={query.paiement} />
      <PaymentChoices bookingId={booking.id} view={payment} />

      <section
        aria-labelledby="participants-title"
        className="space-y-3 rounded-lg bg-white p-5 shadow-sm"
      >
        <h2 id="participants-title" className="text-lg font-semibold">
          {t("detail.participantsTitle")}
        </h2>
        <PriceSplitTable
          lines={booking.participants.map((participant) => ({
            key: participant.id,
            name: `${participant.firstName} ${participant.lastName}`,
            detail: `${t(`category.${participant.category}`)}, ${t("book.age", {
              age: ageOn(participant.birthDate, session.startDate),
            })}`,
            publicPriceCents: participant.publicPriceCents,
            subsidyCents: participant.subsidyCents,
            memberShareCents: participant.memberShareCents,
          }))}
          totals={booking}
        />
      </section>

      {active && (
        <section
          aria-labelledby="deadlines-title"
          className="space-y-2 rounded-lg bg-white p-5 shadow-sm"
        >
          <h2 id="deadlines-title" className="text-lg font-semibold">
            {t("detail.deadlinesTitle")}
          </h2>
          <p>
            {t("detail.cancellationDeadline", {
              date: formatShortCalendarDate(session.cancellationDeadline),
            })}
          </p>
          <CancellationScale offerId={session.offer.id} />
        </section>
      )}
    </div>
  );
}
