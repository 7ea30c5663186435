import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import { getBookingPayments } from "@/lib/payments/office/booking-payments";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { canManageOffers, canViewPayments } from "@/lib/staff/sectors";
import { BookingStatusBadge } from "../../../_components/booking-status-badge";
import { Facts, Section } from "../../../_components/review-parts";
import { PaymentPanel } from "../../../bookings/[id]/payment-panel";
import { PaymentsNav } from "../../_components/payments-nav";

type Props = { params: Promise<{ id: string }> };

/**
 * Renders a booking's money for the cash desk. The Caisse takes payments for
 * every kind of offer but manages only tickets, so it cannot open the other
 * bookings' staff page and takes their payments here.
 */
export default async function BookingPaymentsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/payments/bookings/${id}`);
  const money = await orNotFound(getBookingPayments(actor, id));
  const t = await getTranslations("adminPayments");
  const { booking } = money;
  const { session } = booking;

  return (
    <div className="space-y-5">
      <PaymentsNav current="outstanding" canView={canViewPayments(actor)} />
      <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
        {t("bookingPage.title", { reference: booking.reference })}
        <BookingStatusBadge status={booking.status} holdExpiresAt={booking.holdExpiresAt} />
      </h1>
      <Section title={t("bookingPage.booking")}>
        <Facts
          items={[
            {
              label: t("bookingPage.member"),
              value: `${booking.member.firstName} ${booking.member.lastName} (${booking.member.employeeNumber})`,
            },
            {
              label: t("bookingPage.offer"),
              value: `${session.offer.title}${session.label ? ` · ${session.label}` : ""}`,
            },
            {
              label: t("bookingPage.dates"),
              value: t("bookingPage.datesValue", {
                start: formatCalendarDateFr(session.startDate),
                end: formatCalendarDateFr(session.endDate),
              }),
            },
          ]}
        />
        {canManageOffers(actor, session.offer.kind) && (
          <Link href={`/admin/bookings/${booking.id}`} className="text-brand-700 underline">
            {t("bookingPage.bookingLink")}
          </Link>
        )}
      </Section>
      <Section title={t("panel.title")}>
        <PaymentPanel money={money} />
      </Section>
    </div>
  );
}
