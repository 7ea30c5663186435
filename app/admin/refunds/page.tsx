import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { listRefundsToIssue } from "@/lib/payments/staff-views-refunds";
import { formatDateTimeParis, formatEuros } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { formatAddress } from "../_components/review-parts";
import { PaymentsNav } from "../payments/_components/payments-nav";
import { RefundIssueForm } from "./refund-issue-form";

export default async function RefundsPage() {
  const actor = await requireStaffPage("/admin/refunds");
  const refunds = await orNotFound(listRefundsToIssue(actor));
  const t = await getTranslations("adminPayments");

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("refunds.title")}</h1>
      <PaymentsNav current="refunds" canView />
      <p className="text-sm text-slate-700">{t("refunds.intro")}</p>
      {refunds.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-slate-700 shadow-sm">{t("refunds.none")}</p>
      ) : (
        <ul className="space-y-3">
          {refunds.map((refund) => (
            <li key={refund.id} className="space-y-2 rounded-lg bg-white p-4 shadow-sm">
              <p className="flex flex-wrap items-baseline justify-between gap-x-4">
                <Link
                  href={`/admin/payments/bookings/${refund.booking.id}`}
                  className="font-semibold text-brand-700 underline"
                >
                  {refund.booking.reference} · {refund.booking.member.firstName}{" "}
                  {refund.booking.member.lastName}
                </Link>
                <span className="tabular-nums font-semibold">
                  {formatEuros(refund.amountCents)}
                </span>
              </p>
              <p className="text-sm text-slate-700">
                {t(`refundStatus.${refund.status}`)} · {t(`tenders.${refund.tender}`)} ·{" "}
                {t.has(`reasons.${refund.reason}`) ? t(`reasons.${refund.reason}`) : refund.reason}{" "}
                · {formatDateTimeParis(refund.createdAt)}
              </p>
              <p className="text-sm text-slate-700">
                {t("refunds.receipt", { number: refund.payment.receiptNumber ?? "—" })}
                {refund.payment.chequeHolder
                  ? ` · ${t("refunds.holder", { name: refund.payment.chequeHolder })}`
                  : ""}
                {" · "}
                {formatAddress({ ...refund.booking.household, addressLine2: null })}
              </p>
              <p className="text-sm font-medium text-slate-800">
                {t(`refunds.how.${refund.tender}`)}
              </p>
              <RefundIssueForm refundId={refund.id} tender={refund.tender} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
