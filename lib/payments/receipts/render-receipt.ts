import { formatCalendarDateFr } from "@/lib/dates";
import { getTranslator } from "@/lib/i18n";
import { associationIdentity } from "@/lib/payments/receipts/association";
import type { PaymentReceipt } from "@/lib/payments/receipts/payment-receipt";
import { PdfWriter, type TableColumn } from "@/lib/payments/receipts/pdf-writer";
import { formatDateParis, formatEuros } from "@/lib/staff/format";

/** Formats the household's postal address on one line. */
export function householdAddress(household: {
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  communeName: string;
}) {
  return [
    household.addressLine1,
    household.addressLine2,
    `${household.postalCode} ${household.communeName}`,
  ]
    .filter(Boolean)
    .join(", ");
}

/** Renders a payment's receipt as a PDF. */
export async function renderReceiptPdf(receipt: PaymentReceipt, now = new Date()) {
  const t = await getTranslator("receipts");
  const association = associationIdentity();
  const { booking } = receipt;
  const title = t("receipt.title", { number: receipt.receiptNumber });
  const pdf = await PdfWriter.create(title, association.name);

  pdf.paragraph(association.name, { bold: true, size: 12 });
  for (const line of association.address) pdf.paragraph(line, { grey: true });
  pdf.heading(title, 16);
  pdf.paragraph(
    t("receipt.intro", { association: association.name, reference: booking.reference }),
  );
  pdf.gap(6);
  pdf.facts([
    [
      t("receipt.household"),
      `${booking.member.firstName} ${booking.member.lastName}, ${householdAddress(booking.household)}`,
    ],
    [t("receipt.booking"), booking.reference],
    [t("receipt.offer"), booking.session.offer.title],
    [
      t("receipt.dates"),
      t("receipt.datesValue", {
        start: formatCalendarDateFr(booking.session.startDate),
        end: formatCalendarDateFr(booking.session.endDate),
      }),
    ],
  ]);

  pdf.heading(t("receipt.participantsTitle"), 12);
  const columns: TableColumn[] = [
    { header: t("receipt.participant"), width: 195 },
    { header: t("receipt.publicPrice"), width: 100, align: "right" },
    { header: t("receipt.subsidy"), width: 100, align: "right" },
    { header: t("receipt.memberShare"), width: 100, align: "right" },
  ];
  pdf.table(columns, [
    ...booking.participants.map((participant) => ({
      cells: [
        `${participant.firstName} ${participant.lastName}`,
        formatEuros(participant.publicPriceCents),
        formatEuros(participant.subsidyCents),
        formatEuros(participant.memberShareCents),
      ],
    })),
    {
      bold: true,
      cells: [
        t("receipt.total"),
        formatEuros(booking.publicPriceCents),
        formatEuros(booking.subsidyCents),
        formatEuros(booking.memberShareCents),
      ],
    },
  ]);

  pdf.heading(t("receipt.paymentTitle"), 12);
  pdf.facts([
    [t("receipt.receivedAt"), formatDateParis(receipt.receivedAt)],
    [t("receipt.tenderLabel"), t(`tender.${receipt.tender}`)],
    [t("receipt.amount"), formatEuros(receipt.amountCents)],
    ...tenderDetails(receipt, t),
    [t("receipt.totalPaid"), formatEuros(receipt.paidToDateCents)],
    [t("receipt.balance"), formatEuros(receipt.balanceToDateCents)],
    ...refundLines(receipt, t),
  ]);
  pdf.gap(12);
  pdf.paragraph(t("receipt.footer", { date: formatDateParis(now) }), { grey: true, size: 8 });
  return pdf.save();
}

/** Lists the refunds made through this payment since it was received, if any. */
function refundLines(
  receipt: PaymentReceipt,
  t: Awaited<ReturnType<typeof getTranslator>>,
): [string, string[]][] {
  if (receipt.refunds.length === 0) return [];
  const lines = receipt.refunds.map((refund) =>
    t(refund.status === "ISSUED" ? "receipt.refundIssued" : "receipt.refundInProgress", {
      amount: formatEuros(refund.amountCents),
      date: formatDateParis(refund.createdAt),
    }),
  );
  return [[t("receipt.refunds"), lines]];
}

function tenderDetails(
  receipt: PaymentReceipt,
  t: Awaited<ReturnType<typeof getTranslator>>,
): [string, string | string[]][] {
  if (receipt.tender === "CHEQUE" && receipt.chequeNumber) {
    const details = t("receipt.chequeDetails", {
      number: receipt.chequeNumber,
      bank: receipt.chequeBank ?? "",
      holder: receipt.chequeHolder ?? "",
    });
    return [[t("tender.CHEQUE"), details]];
  }
  if (receipt.tender === "ANCV" && receipt.vouchers.length > 0) {
    const lines = receipt.vouchers.map((voucher) =>
      t("receipt.voucherLine", {
        serial: voucher.serialNumber,
        value: formatEuros(voucher.faceValueCents),
      }),
    );
    return [[t("receipt.vouchers"), lines]];
  }
  if (receipt.tender === "TRANSFER" && receipt.transferReference) {
    return [[t("receipt.transferReference"), receipt.transferReference]];
  }
  return [];
}
