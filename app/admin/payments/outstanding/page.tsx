import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import { listOutstandingBalances } from "@/lib/payments/staff-views";
import { formatDateTimeParis, formatEuros } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { PaymentsNav } from "../_components/payments-nav";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutstandingPage({ searchParams }: Props) {
  const params = await searchParams;
  const overdueOnly = params.retard === "1";
  const actor = await requireStaffPage("/admin/payments/outstanding");
  const { rows, truncated } = await orNotFound(listOutstandingBalances(actor, { overdueOnly }));
  const t = await getTranslations("adminPayments");

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("outstanding.title")}</h1>
      <PaymentsNav current="outstanding" canView />
      <p className="text-sm text-slate-700">{t("outstanding.intro")}</p>
      <p>
        <Link
          href={
            overdueOnly ? "/admin/payments/outstanding" : "/admin/payments/outstanding?retard=1"
          }
          className="text-brand-700 underline"
        >
          {overdueOnly ? t("outstanding.showAll") : t("outstanding.showOverdue")}
        </Link>
      </p>
      {truncated && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
          {t("outstanding.truncated", { count: rows.length })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-slate-700 shadow-sm">{t("outstanding.none")}</p>
      ) : (
        <ul className="space-y-3">
          {rows.map((row) => (
            <li key={row.id} className="space-y-1 rounded-lg bg-white p-4 shadow-sm">
              <p className="flex flex-wrap items-baseline justify-between gap-x-4">
                <Link
                  href={`/admin/payments/bookings/${row.id}`}
                  className="font-semibold text-brand-700 underline"
                >
                  {row.reference} · {row.member.firstName} {row.member.lastName}
                </Link>
                <span className="tabular-nums font-semibold">
                  {t("outstanding.balance", { amount: formatEuros(row.balanceCents) })}
                </span>
              </p>
              <p className="text-sm text-slate-700">
                {row.session.offer.title}
                {row.session.label ? ` · ${row.session.label}` : ""} ·{" "}
                {t("outstanding.starts", { date: formatCalendarDateFr(row.session.startDate) })} ·{" "}
                {t("outstanding.paid", {
                  paid: formatEuros(row.paidCents - row.refundedCents),
                  share: formatEuros(row.memberShareCents),
                })}
              </p>
              {row.holdExpiresAt && (
                <p className="text-sm text-amber-800">
                  {t("outstanding.heldUntil", { date: formatDateTimeParis(row.holdExpiresAt) })}
                </p>
              )}
              {row.overdue.length > 0 && (
                <p className="text-sm font-medium text-red-700">
                  {t("outstanding.overdue", {
                    count: row.overdue.length,
                    dates: row.overdue.map((due) => formatCalendarDateFr(due.dueDate)).join(", "),
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
