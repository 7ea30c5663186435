import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { inputClassName } from "@/components/forms/field";
import { formatCalendarDateFr, todayInParis } from "@/lib/dates";
import { listPaymentsByDay, REPORT_TENDERS } from "@/lib/payments/staff-views";
import { formatDateTimeParis, formatEuros } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { calendarDayParam, PaymentsNav } from "./_components/payments-nav";
import { ScrollableTable } from "./_components/scrollable-table";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PaymentsPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await requireStaffPage("/admin/payments");
  const today = todayInParis();
  const from = calendarDayParam(params.du) ?? `${today.slice(0, 8)}01`;
  const to = calendarDayParam(params.au) ?? today;
  const report = await orNotFound(listPaymentsByDay(actor, { from, to }));
  const t = await getTranslations("adminPayments");
  const cell = "py-1.5 pr-3 whitespace-nowrap";
  const money = `${cell} text-right tabular-nums`;
  const exportHref = `/admin/payments/export?du=${report.from}&au=${report.to}`;

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("payments.title")}</h1>
      <PaymentsNav current="payments" canView />

      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm"
      >
        <div className="space-y-1">
          <label htmlFor="payments-from" className="block text-sm font-medium">
            {t("payments.from")}
          </label>
          <input
            id="payments-from"
            type="date"
            name="du"
            defaultValue={report.from}
            className={inputClassName}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="payments-to" className="block text-sm font-medium">
            {t("payments.to")}
          </label>
          <input
            id="payments-to"
            type="date"
            name="au"
            defaultValue={report.to}
            className={inputClassName}
          />
        </div>
        <button
          type="submit"
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t("payments.show")}
        </button>
        <a href={exportHref} className="py-2 text-brand-700 underline">
          {t("payments.exportCsv")}
        </a>
      </form>

      {report.truncated && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          {t("payments.truncated", { count: report.payments.length })}
        </p>
      )}

      <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 className="text-lg font-semibold">{t("payments.byDay")}</h2>
        <p className="text-sm text-slate-700">{t("payments.byDayHint")}</p>
        {report.days.length === 0 ? (
          <p className="text-slate-700">{t("payments.none")}</p>
        ) : (
          <ScrollableTable label={t("payments.byDay")}>
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t("payments.byDay")}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left text-slate-700">
                  <th scope="col" className={`${cell} font-medium`}>
                    {t("payments.day")}
                  </th>
                  {REPORT_TENDERS.map((tender) => (
                    <th key={tender} scope="col" className={`${money} font-medium`}>
                      {t(`tenders.${tender}`)}
                    </th>
                  ))}
                  <th scope="col" className={`${money} font-medium`}>
                    {t("payments.received")}
                  </th>
                  <th scope="col" className={`${money} font-medium`}>
                    {t("payments.refunded")}
                  </th>
                  <th scope="col" className={`${money} font-medium`}>
                    {t("payments.net")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.days.map((day) => (
                  <tr key={day.day} className="border-b border-slate-100">
                    <th scope="row" className={`${cell} text-left font-medium`}>
                      {formatCalendarDateFr(new Date(`${day.day}T00:00:00Z`))}
                    </th>
                    {REPORT_TENDERS.map((tender) => (
                      <td key={tender} className={money}>
                        {day.byTender[tender] ? formatEuros(day.byTender[tender]) : "—"}
                        <RefundedCell
                          cents={day.refundedByTender[tender]}
                          label={(amount) => t("payments.refundedCell", { amount })}
                        />
                      </td>
                    ))}
                    <td className={money}>{formatEuros(day.totalCents)}</td>
                    <td className={money}>
                      {day.refundedCents ? formatEuros(-day.refundedCents) : "—"}
                    </td>
                    <td className={`${money} font-semibold`}>{formatEuros(day.netCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="font-semibold">
                  <th scope="row" className={`${cell} text-left`}>
                    {t("payments.total")}
                  </th>
                  {REPORT_TENDERS.map((tender) => (
                    <td key={tender} className={money}>
                      {formatEuros(report.byTender[tender])}
                      <RefundedCell
                        cents={report.refundedByTender[tender]}
                        label={(amount) => t("payments.refundedCell", { amount })}
                      />
                    </td>
                  ))}
                  <td className={money}>{formatEuros(report.totalCents)}</td>
                  <td className={money}>{formatEuros(-report.refundedCents)}</td>
                  <td className={money}>{formatEuros(report.netCents)}</td>
                </tr>
              </tfoot>
            </table>
          </ScrollableTable>
        )}
      </section>

      {report.payments.length > 0 && (
        <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <h2 className="text-lg font-semibold">{t("payments.list")}</h2>
          <ul className="divide-y divide-slate-100">
            {report.payments.map((payment) => (
              <li
                key={payment.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 text-sm"
              >
                <span>
                  <span className="font-medium">{payment.receiptNumber}</span> ·{" "}
                  {formatDateTimeParis(payment.receivedAt)} · {t(`tenders.${payment.tender}`)}
                </span>
                <span className="tabular-nums font-semibold">
                  {formatEuros(payment.amountCents)}
                </span>
                <span className="w-full text-slate-700">
                  <Link
                    href={`/admin/payments/bookings/${payment.booking.id}`}
                    className="text-brand-700 underline"
                  >
                    {payment.booking.reference}
                  </Link>{" "}
                  · {payment.booking.member.firstName} {payment.booking.member.lastName} ·{" "}
                  {payment.booking.session.offer.title}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.refunds.length > 0 && (
        <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <h2 className="text-lg font-semibold">{t("payments.refundsList")}</h2>
          <ul className="divide-y divide-slate-100">
            {report.refunds.map((refund) => (
              <li
                key={refund.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2 text-sm"
              >
                <span>
                  <span className="font-medium">
                    {t("payments.refundLine", { receipt: refund.payment.receiptNumber ?? "—" })}
                  </span>{" "}
                  · {formatDateTimeParis(refund.issuedAt)} · {t(`tenders.${refund.tender}`)}
                </span>
                <span className="tabular-nums font-semibold text-red-700">
                  {formatEuros(-refund.amountCents)}
                </span>
                <span className="w-full text-slate-700">
                  <Link
                    href={`/admin/payments/bookings/${refund.booking.id}`}
                    className="text-brand-700 underline"
                  >
                    {refund.booking.reference}
                  </Link>{" "}
                  · {refund.booking.member.firstName} {refund.booking.member.lastName} ·{" "}
                  {refund.booking.session.offer.title}
                  {refund.issueNote ? ` · ${refund.issueNote}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** Shows the refunds of one tender under its received amount, when there are any. */
function RefundedCell({ cents, label }: { cents: number; label: (amount: string) => string }) {
  if (cents === 0) return null;
  return <span className="block text-xs text-red-700">{label(formatEuros(-cents))}</span>;
}
