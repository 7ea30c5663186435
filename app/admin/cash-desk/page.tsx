import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { countDifference } from "@/lib/payments/cash-desk";
import { listCashDesks } from "@/lib/payments/cash-desk-report";
import { formatDateTimeParis, formatEuros } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { canViewPayments } from "@/lib/staff/sectors";
import { Section } from "../_components/review-parts";
import { PaymentsNav } from "../payments/_components/payments-nav";
import { CloseCashDeskForm, OpenCashDeskForm } from "./cash-desk-forms";

export default async function CashDeskPage() {
  const actor = await requireStaffPage("/admin/cash-desk");
  const { open, desks } = await orNotFound(listCashDesks(actor));
  const t = await getTranslations("adminPayments");
  const cell = "py-1.5 pr-3";
  const money = `${cell} text-right tabular-nums`;

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("cashDesk.title")}</h1>
      <PaymentsNav current="cashDesk" canView={canViewPayments(actor)} />

      {open ? (
        <Section title={t("cashDesk.openTitle")}>
          <p className="text-sm text-slate-700">
            {t("cashDesk.openedAt", {
              date: formatDateTimeParis(open.openedAt),
              float: formatEuros(open.openingFloatCents),
            })}
          </p>
          <dl className="grid gap-3 sm:grid-cols-3">
            <div>
              <dt className="text-sm text-slate-600">{t("cashDesk.expectedCash")}</dt>
              <dd className="font-semibold tabular-nums">
                {formatEuros(open.expected.expectedCashCents)}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t("cashDesk.expectedCheques")}</dt>
              <dd className="font-semibold tabular-nums">
                {formatEuros(open.expected.expectedChequeCents)}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t("cashDesk.expectedAncv")}</dt>
              <dd className="font-semibold tabular-nums">
                {formatEuros(open.expected.expectedAncvCents)}
              </dd>
            </div>
          </dl>
          <Link href={`/admin/cash-desk/${open.id}`} className="text-brand-700 underline">
            {t("cashDesk.reportLink")}
          </Link>
          <CloseCashDeskForm />
        </Section>
      ) : (
        <Section title={t("cashDesk.openFormTitle")}>
          <p className="text-sm text-slate-700">{t("cashDesk.openIntro")}</p>
          <OpenCashDeskForm />
        </Section>
      )}

      <Section title={t("cashDesk.history")}>
        {desks.length === 0 ? (
          <p className="text-slate-700">{t("cashDesk.noDesks")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left text-slate-700">
                  <th scope="col" className={`${cell} font-medium`}>
                    {t("cashDesk.staff")}
                  </th>
                  <th scope="col" className={`${cell} font-medium`}>
                    {t("cashDesk.opened")}
                  </th>
                  <th scope="col" className={`${cell} font-medium`}>
                    {t("cashDesk.closed")}
                  </th>
                  <th scope="col" className={`${money} font-medium`}>
                    {t("cashDesk.cashDifference")}
                  </th>
                  <th scope="col" className={`${money} font-medium`}>
                    {t("cashDesk.chequeDifference")}
                  </th>
                  <th scope="col" className={`${money} font-medium`}>
                    {t("cashDesk.ancvDifference")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {desks.map((desk) => (
                  <tr key={desk.id} className="border-b border-slate-100">
                    <th scope="row" className={`${cell} text-left font-medium`}>
                      <Link
                        href={`/admin/cash-desk/${desk.id}`}
                        className="text-brand-700 underline"
                      >
                        {desk.staffName}
                      </Link>
                    </th>
                    <td className={cell}>{formatDateTimeParis(desk.openedAt)}</td>
                    <td className={cell}>
                      {desk.closedAt ? formatDateTimeParis(desk.closedAt) : t("cashDesk.stillOpen")}
                    </td>
                    {[
                      countDifference(desk.expectedCashCents, desk.countedCashCents),
                      countDifference(desk.expectedChequeCents, desk.countedChequeCents),
                      countDifference(desk.expectedAncvCents, desk.countedAncvCents),
                    ].map((difference, index) => (
                      <td
                        key={index}
                        className={`${money} ${difference ? "font-semibold text-red-700" : ""}`}
                      >
                        {difference === null ? "—" : formatEuros(difference)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  );
}
