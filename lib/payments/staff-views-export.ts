import type { StaffActor } from "@/lib/auth/guards";
import type { ExportColumn } from "@/lib/export/columns";
import { CSV_CONTENT_TYPE, toCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/file-name";
import { getTranslator } from "@/lib/i18n";
import { listPaymentsByDay, type DayRange, type ReportPayment } from "@/lib/payments/staff-views";
import { formatEuros } from "@/lib/staff/format";

/** Lists ANCV vouchers as "serial : face value", separated by " | ", or null for none. */
function voucherList(vouchers: ReportPayment["vouchers"]) {
  if (vouchers.length === 0) return null;
  return vouchers
    .map((voucher) => `${voucher.serialNumber} : ${formatEuros(voucher.faceValueCents)}`)
    .join(" | ");
}

/**
 * Builds the CSV of the payments received over a range of Europe/Paris days,
 * one line per payment. Raises `not_found` unless the actor may see payments.
 */
export async function exportPaymentsCsv(actor: StaffActor, range: DayRange) {
  const report = await listPaymentsByDay(actor, range);
  const t = await getTranslator("adminPayments");
  const columns: ExportColumn<ReportPayment>[] = [
    { type: "text", header: t("csv.receipt"), value: (row) => row.receiptNumber },
    { type: "dateTime", header: t("csv.receivedAt"), value: (row) => row.receivedAt },
    { type: "text", header: t("csv.tender"), value: (row) => t(`tenders.${row.tender}`) },
    { type: "euros", header: t("csv.amount"), value: (row) => row.amountCents },
    { type: "euros", header: t("csv.refunded"), value: (row) => row.refundedCents },
    { type: "text", header: t("csv.booking"), value: (row) => row.booking.reference },
    {
      type: "text",
      header: t("csv.member"),
      value: (row) => `${row.booking.member.firstName} ${row.booking.member.lastName}`,
    },
    { type: "text", header: t("csv.offer"), value: (row) => row.booking.session.offer.title },
    { type: "text", header: t("csv.chequeBank"), value: (row) => row.chequeBank },
    { type: "text", header: t("csv.chequeNumber"), value: (row) => row.chequeNumber },
    { type: "text", header: t("csv.chequeHolder"), value: (row) => row.chequeHolder },
    { type: "text", header: t("csv.transferReference"), value: (row) => row.transferReference },
    { type: "text", header: t("csv.vouchers"), value: (row) => voucherList(row.vouchers) },
  ];
  return {
    body: toCsv(columns, report.payments),
    contentType: CSV_CONTENT_TYPE,
    fileName: exportFileName(["paiements", report.from, report.to], "csv"),
  };
}
