import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { countDifference } from "@/lib/payments/cash-desk";
import { getCashDeskReport } from "@/lib/payments/cash-desk-report";
import { REPORT_TENDERS } from "@/lib/payments/staff-views";
import { formatDateTimeParis, formatEuros } from "@/lib/staff/format";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { PrintButton } from "../../sessions/[id]/print/print-button";
import { ScrollableTable } from "../../payments/_components/scrollable-table";

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

export default async function CashDeskReportPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/cash-desk/${id}`);
  const report = await orNotFound(getCashDeskReport(actor, id));
  const t = await getTranslations("adminPayments");
  const { desk, expected, takings } = report;
  const cell = "py-1.5 pr-3 whitespace-nowrap";
  const money = `${cell} text-right tabular-nums`;
  const lines = [
    { key: "cash", expected: expected.expectedCashCents, counted: desk.countedCashCents },
    { key: "cheques", expected: expected.expectedChequeCents, counted: desk.countedChequeCents },
    { key: "ancv", expected: expected.expectedAncvCents, counted: desk.countedAncvCents },
  ] as const;

  return (
    <div className="space-y-5 text-sm print:space-y-3 print:text-[10pt]">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton label={t("report.print")} />
        <Link href="/admin/cash-desk" className="text-brand-700 underline">
          {t("report.back")}
        </Link>
      </div>

      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{t("report.title", { name: report.staffName })}</h1>
        <p>
          {t("report.period", {
            opened: formatDateTimeParis(desk.openedAt),
            closed: desk.closedAt ? formatDateTimeParis(desk.closedAt) : t("cashDesk.stillOpen"),
          })}
        </p>
        <p>{t("report.float", { amount: formatEuros(desk.openingFloatCents) })}</p>
      </div>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("report.takings")}</h2>
        <ScrollableTable label={t("report.takings")} hint={false}>
          <table className="w-full max-w-xl border-collapse">
            <ColumnHeads
              columns={[
                { label: t("report.tender") },
                { label: t("report.count"), numeric: true },
                { label: t("report.amount"), numeric: true },
              ]}
            />
            <tbody>
              {REPORT_TENDERS.filter((tender) => takings[tender].count > 0).map((tender) => (
                <tr key={tender} className="border-b border-slate-100">
                  <th scope="row" className={`${cell} text-left font-medium`}>
                    {t(`tenders.${tender}`)}
                  </th>
                  <td className={money}>{takings[tender].count}</td>
                  <td className={money}>{formatEuros(takings[tender].amountCents)}</td>
                </tr>
              ))}
              {report.cashRefunded.count > 0 && (
                <tr className="border-b border-slate-100">
                  <th scope="row" className={`${cell} text-left font-medium`}>
                    {t("report.cashRefundsRow")}
                  </th>
                  <td className={money}>{report.cashRefunded.count}</td>
                  <td className={money}>{formatEuros(-report.cashRefunded.amountCents)}</td>
                </tr>
              )}
            </tbody>
          </table>
        </ScrollableTable>
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("report.counts")}</h2>
        <ScrollableTable label={t("report.counts")}>
          <table className="w-full max-w-xl border-collapse">
            <ColumnHeads
              columns={[
                { label: t("report.drawer") },
                { label: t("report.expected"), numeric: true },
                { label: t("report.counted"), numeric: true },
                { label: t("report.difference"), numeric: true },
              ]}
            />
            <tbody>
              {lines.map((line) => {
                const difference = countDifference(line.expected, line.counted);
                return (
                  <tr key={line.key} className="border-b border-slate-100">
                    <th scope="row" className={`${cell} text-left font-medium`}>
                      {t(`report.${line.key}`)}
                    </th>
                    <td className={money}>{formatEuros(line.expected)}</td>
                    <td className={money}>
                      {line.counted === null ? "—" : formatEuros(line.counted)}
                    </td>
                    <td className={`${money} ${difference ? "font-semibold text-red-700" : ""}`}>
                      {difference === null ? "—" : formatEuros(difference)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollableTable>
        {desk.closingNote && <p>{t("report.note", { note: desk.closingNote })}</p>}
      </section>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("report.payments")}</h2>
        {report.payments.length === 0 ? (
          <p>{t("report.noPayments")}</p>
        ) : (
          <ScrollableTable label={t("report.payments")}>
            <table className="w-full border-collapse">
              <ColumnHeads
                columns={[
                  { label: t("report.receipt") },
                  { label: t("report.booking") },
                  { label: t("report.tender") },
                  { label: t("report.details") },
                  { label: t("report.amount"), numeric: true },
                ]}
              />
              <tbody>
                {report.payments.map((payment) => (
                  <tr key={payment.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className={`${cell} text-left font-medium`}>
                      {payment.receiptNumber}
                      <span className="block text-xs font-normal text-slate-600">
                        {payment.receivedAt ? formatDateTimeParis(payment.receivedAt) : ""}
                      </span>
                    </th>
                    <td className={cell}>
                      {payment.booking.reference}
                      <span className="block text-xs text-slate-600">
                        {payment.booking.member.firstName} {payment.booking.member.lastName}
                      </span>
                    </td>
                    <td className={cell}>{t(`tenders.${payment.tender}`)}</td>
                    <td className="min-w-56 py-1.5 pr-3">
                      {payment.tender === "CHEQUE" &&
                        t("report.cheque", {
                          bank: payment.chequeBank ?? "",
                          number: payment.chequeNumber ?? "",
                          holder: payment.chequeHolder ?? "",
                        })}
                      {payment.vouchers
                        .map((voucher) =>
                          t("report.voucher", {
                            serial: voucher.serialNumber,
                            value: formatEuros(voucher.faceValueCents),
                          }),
                        )
                        .join(", ")}
                    </td>
                    <td className={money}>{formatEuros(payment.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollableTable>
        )}
      </section>

      <CashRefundsSection refunds={report.cashRefunds} />
    </div>
  );
}

type CashRefund = Awaited<ReturnType<typeof getCashDeskReport>>["cashRefunds"][number];

async function CashRefundsSection({ refunds }: { refunds: CashRefund[] }) {
  const t = await getTranslations("adminPayments.report");
  const cell = "py-1.5 pr-3 whitespace-nowrap";
  const money = `${cell} text-right tabular-nums`;
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">{t("cashRefunds")}</h2>
      {refunds.length === 0 ? (
        <p>{t("noCashRefunds")}</p>
      ) : (
        <ScrollableTable label={t("cashRefunds")}>
          <table className="w-full border-collapse">
            <ColumnHeads
              columns={[
                { label: t("refundedReceipt") },
                { label: t("booking") },
                { label: t("issueNote") },
                { label: t("amount"), numeric: true },
              ]}
            />
            <tbody>
              {refunds.map((refund) => (
                <tr key={refund.id} className="border-b border-slate-100 align-top">
                  <th scope="row" className={`${cell} text-left font-medium`}>
                    {refund.payment.receiptNumber ?? "—"}
                    <span className="block text-xs font-normal text-slate-600">
                      {refund.issuedAt ? formatDateTimeParis(refund.issuedAt) : ""}
                    </span>
                  </th>
                  <td className={cell}>
                    {refund.booking.reference}
                    <span className="block text-xs text-slate-600">
                      {refund.booking.member.firstName} {refund.booking.member.lastName}
                    </span>
                  </td>
                  <td className="min-w-56 py-1.5 pr-3">{refund.issueNote}</td>
                  <td className={money}>{formatEuros(-refund.amountCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
    </section>
  );
}

/** Renders a report table's header row: text columns left, amounts and counts right. */
function ColumnHeads({ columns }: { columns: { label: string; numeric?: boolean }[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 text-left">
        {columns.map((column) => (
          <th
            key={column.label}
            scope="col"
            className={`py-1.5 pr-3 font-medium whitespace-nowrap ${
              column.numeric ? "text-right tabular-nums" : ""
            }`}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
