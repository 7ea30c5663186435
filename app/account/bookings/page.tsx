import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { BookingStatusBadge } from "@/components/booking/booking-status-badge";
import { formatCents, formatShortCalendarDate } from "@/components/booking/format";
import { requireAccountMember } from "@/lib/account/require-account-member";
import { listHouseholdBookings } from "@/lib/booking/queries";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.list");
  return { title: t("title") };
}

export default async function MyBookingsPage() {
  const actor = await requireAccountMember();
  const bookings = await listHouseholdBookings(db, actor.householdId);
  const t = await getTranslations("booking");
  const tPayments = await getTranslations("payments.list");

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      {bookings.length === 0 ? (
        <div className="space-y-3 rounded-lg bg-white p-5 shadow-sm">
          <p>{t("list.empty")}</p>
          <Link href="/catalogue" className="font-medium text-brand-700 underline">
            {t("list.browse")}
          </Link>
        </div>
      ) : (
        <>
          <p className="text-slate-700">{t("list.intro")}</p>
          <ul className="space-y-3">
            {bookings.map((booking) => (
              <li key={booking.id} className="rounded-lg bg-white p-4 shadow-sm sm:p-5">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="text-lg font-semibold">
                    <Link
                      href={`/account/bookings/${booking.id}`}
                      className="text-brand-700 underline"
                    >
                      {booking.session.offer.title}
                    </Link>
                  </h2>
                  <BookingStatusBadge
                    status={booking.status}
                    holdExpiresAt={booking.holdExpiresAt}
                  />
                  {booking.status === "CONFIRMED" && booking.holdExpiresAt && (
                    <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">
                      {tPayments("awaitingPayment")}
                    </span>
                  )}
                </div>
                <p className="text-sm text-slate-700">
                  {t("session.dates", {
                    start: formatShortCalendarDate(booking.session.startDate),
                    end: formatShortCalendarDate(booking.session.endDate),
                  })}
                </p>
                <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-700">
                  <span>{t("list.reference", { reference: booking.reference })}</span>
                  <span>{t("list.participants", { count: booking.places })}</span>
                  <span>
                    {t("list.memberShare", { amount: formatCents(booking.memberShareCents) })}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
