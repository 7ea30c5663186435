import type { StaffActor } from "@/lib/auth/guards";
import type { ExportColumn } from "@/lib/export/columns";
import { CSV_CONTENT_TYPE, toCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/file-name";
import { getTranslator } from "@/lib/i18n";
import {
  listPaymentsByDay,
  type DayRange,
  type ReportPayment,
  type ReportRefund,
} from "@/lib/payments/staff-views";
import { formatEuros } from "@/lib/staff/format";

/** Lists ANCV vouchers as "serial : face value", separated by " | ", or null for none. */
function voucherList(vouchers: ReportPayment["vouchers"]) {
  if (vouchers.length === 0) return null;
  return vouchers
    .map((voucher) => `${voucher.serialNumber} : ${formatEuros(voucher.faceValueCents)}`)
    .join(" | ");
}

/**
 * One CSV line: a payment received, or a refund issued with a negative
 * amount, so the amounts add up to the net shown on the report page.
 */
type CsvLine = {
  operation: "operationPayment" | "operationRefund";
  receiptNumber: string | null;
  at: Date;
  tender: ReportPayment["tender"];
  amountCents: number;
  /** Amount refunded of a payment so far, whatever the day, or null on a refund line. */
  refundedCents: number | null;
  booking: ReportPayment["booking"];
  chequeBank: string | null;
  chequeNumber: string | null;
  chequeHolder: string | null;
  transferReference: string | null;
  vouchers: ReportPayment["vouchers"];
};

function paymentLine(payment: ReportPayment): CsvLine {
  return {
    ...payment,
    operation: "operationPayment",
    at: payment.receivedAt,
  };
}

function refundLine(refund: ReportRefund): CsvLine {
  return {
    operation: "operationRefund",
    receiptNumber: refund.payment.receiptNumber,
    at: refund.issuedAt,
    tender: refund.tender,
    amountCents: -refund.amountCents,
    refundedCents: null,
    booking: refund.booking,
    chequeBank: null,
    chequeNumber: null,
    chequeHolder: null,
    transferReference: null,
    vouchers: [],
  };
}

/**
 * Builds the CSV of the payments received and the refunds issued over a
 * range of Europe/Paris days, one line each in date order. Raises
 * `not_found` unless the actor may see payments.
 */
export async function exportPaymentsCsv(actor: StaffActor, range: DayRange) {
  const report = await listPaymentsByDay(actor, range);
  const t = await getTranslator("adminPayments");
  const columns: ExportColumn<CsvLine>[] = [
    { type: "text", header: t("csv.receipt"), value: (row) => row.receiptNumber },
    { type: "dateTime", header: t("csv.receivedAt"), value: (row) => row.at },
    { type: "text", header: t("csv.operation"), value: (row) => t(`csv.${row.operation}`) },
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
  const lines = [...report.payments.map(paymentLine), ...report.refunds.map(refundLine)].sort(
    (left, right) => left.at.getTime() - right.at.getTime(),
  );
  return {
    body: toCsv(columns, lines),
    contentType: CSV_CONTENT_TYPE,
    fileName: exportFileName(["paiements", report.from, report.to], "csv"),
  };
}
