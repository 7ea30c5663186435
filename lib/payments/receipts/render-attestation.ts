import { formatCalendarDateFr } from "@/lib/dates";
import { getTranslator } from "@/lib/i18n";
import { associationIdentity } from "@/lib/payments/receipts/association";
import { PdfWriter, type TableColumn } from "@/lib/payments/receipts/pdf-writer";
import { householdAddress } from "@/lib/payments/receipts/render-receipt";
import {
  bookingHasSubsidy,
  type YearlyAttestation,
} from "@/lib/payments/receipts/yearly-attestation";
import { formatDateParis, formatEuros } from "@/lib/staff/format";

/** Renders a household's yearly payment attestation as a PDF. */
export async function renderAttestationPdf(attestation: YearlyAttestation, now = new Date()) {
  const t = await getTranslator("receipts");
  const association = associationIdentity();
  const { year, household, totals } = attestation;
  const title = t("attestation.title", { year });
  const pdf = await PdfWriter.create(title, association.name);

  pdf.paragraph(association.name, { bold: true, size: 12 });
  for (const line of association.address) pdf.paragraph(line, { grey: true });
  pdf.heading(title, 16);
  pdf.paragraph(t("attestation.intro", { association: association.name, year }));
  pdf.gap(6);
  const members = household.members.map((member) => `${member.firstName} ${member.lastName}`);
  pdf.facts([
    [t("attestation.household"), `${members.join(", ")}, ${householdAddress(household)}`],
  ]);

  if (attestation.bookings.length === 0) {
    pdf.gap(8);
    pdf.paragraph(t("attestation.none", { year }));
  }
  const columns: TableColumn[] = [
    { header: t("attestation.receivedAt"), width: 75 },
    { header: t("attestation.receiptNumber"), width: 95 },
    { header: t("attestation.tender"), width: 225 },
    { header: t("attestation.amount"), width: 100, align: "right" },
  ];
  for (const booking of attestation.bookings) {
    pdf.heading(
      t("attestation.bookingTitle", {
        reference: booking.reference,
        offer: booking.session.offer.title,
      }),
      11,
    );
    pdf.paragraph(
      t("attestation.bookingDates", {
        start: formatCalendarDateFr(booking.session.startDate),
        end: formatCalendarDateFr(booking.session.endDate),
        participants: booking.participants
          .map((participant) => `${participant.firstName} ${participant.lastName}`)
          .join(", "),
      }),
    );
    const prices = {
      publicPrice: formatEuros(booking.publicPriceCents),
      subsidy: formatEuros(booking.subsidyCents),
      memberShare: formatEuros(booking.memberShareCents),
    };
    if (bookingHasSubsidy(booking.status)) {
      pdf.paragraph(t("attestation.bookingTotals", prices));
    } else {
      pdf.paragraph(t("attestation.bookingTotalsWithoutSubsidy", prices));
      pdf.paragraph(t("attestation.bookingWithoutSubsidy", { status: booking.status }));
    }
    pdf.gap(4);
    pdf.table(columns, [
      ...booking.payments.map((payment) => ({
        cells: [
          formatDateParis(payment.receivedAt!),
          payment.receiptNumber ?? "",
          t(`tender.${payment.tender}`),
          formatEuros(payment.amountCents),
        ],
      })),
      ...booking.refunds.map((refund) => ({
        cells: [
          formatDateParis(refund.issuedAt!),
          "",
          `${t("attestation.refund")} (${t(`tender.${refund.tender}`)})`,
          formatEuros(-refund.amountCents),
        ],
      })),
    ]);
  }

  pdf.heading(t("attestation.totalsTitle", { year }), 12);
  pdf.facts([
    [t("attestation.totalPaid"), formatEuros(totals.paidCents)],
    [t("attestation.totalRefunded"), formatEuros(totals.refundedCents)],
    [t("attestation.netPaid"), formatEuros(totals.netPaidCents)],
    [t("attestation.totalSubsidy"), formatEuros(totals.subsidyCents)],
  ]);
  pdf.gap(12);
  pdf.paragraph(t("attestation.footer", { date: formatDateParis(now) }), { grey: true, size: 8 });
  return pdf.save();
}
