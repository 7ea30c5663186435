import { getTranslations } from "next-intl/server";

import type { StaffActor } from "@/lib/auth/guards";
import { formatCalendarDateFr } from "@/lib/dates";
import { getBookingPayments, type BookingPayments } from "@/lib/payments/office/booking-payments";
import { formatDateTimeParis, formatEuros } from "@/lib/staff/format";
import { Facts, Section } from "../../_components/review-parts";
import { OfficePaymentForm } from "./office-payment-form";

/** Shows a booking's balance, instalments, payments with receipt links and refunds, and the tenders form. */
export async function PaymentPanel({ money }: { money: BookingPayments }) {
  const t = await getTranslations("adminPayments");
  const { booking } = money;

  return (
    <div className="space-y-4">
      <Facts
        items={[
          { label: t("panel.share"), value: formatEuros(booking.memberShareCents) },
          { label: t("panel.paid"), value: formatEuros(money.netPaidCents) },
          { label: t("panel.balance"), value: formatEuros(money.balanceCents) },
          ...(booking.holdExpiresAt
            ? [{ label: t("panel.heldUntil"), value: formatDateTimeParis(booking.holdExpiresAt) }]
            : []),
          ...(booking.cancellationFeeCents !== null
            ? [{ label: t("panel.fee"), value: formatEuros(booking.cancellationFeeCents) }]
            : []),
        ]}
      />

      {booking.instalments.length > 0 && (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("panel.instalments")}</h3>
          <ul className="space-y-1 text-sm">
            {booking.instalments.map((instalment) => (
              <li
                key={instalment.id}
                className={instalment.overdue ? "font-medium text-red-700" : ""}
              >
                {t("panel.instalment", {
                  position: instalment.position,
                  date: formatCalendarDateFr(instalment.dueDate),
                  amount: formatEuros(instalment.amountCents),
                })}{" "}
                ·{" "}
                {instalment.paid
                  ? t("panel.instalmentPaid")
                  : instalment.overdue
                    ? t("panel.instalmentOverdue")
                    : t("panel.instalmentDue")}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="space-y-1">
        <h3 className="font-semibold">{t("panel.payments")}</h3>
        {booking.payments.length === 0 ? (
          <p className="text-sm text-slate-700">{t("panel.noPayments")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {booking.payments.map((payment) => (
              <li key={payment.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
                <span className="font-medium">
                  {t(`tenders.${payment.tender}`)} · {formatEuros(payment.amountCents)}
                </span>
                {payment.status === "PENDING" ? (
                  <span className="text-slate-700">{t("panel.pendingCard")}</span>
                ) : (
                  <>
                    <span className="text-slate-700">
                      {payment.receivedAt ? formatDateTimeParis(payment.receivedAt) : ""}
                    </span>
                    <a
                      href={`/admin/payments/${payment.id}/receipt`}
                      className="text-brand-700 underline"
                    >
                      {t("panel.receipt", { number: payment.receiptNumber ?? "" })}
                    </a>
                  </>
                )}
                {payment.refundedCents > 0 && (
                  <span className="text-slate-700">
                    {t("panel.refundedPart", { amount: formatEuros(payment.refundedCents) })}
                  </span>
                )}
                <span className="w-full text-slate-600 wrap-anywhere">
                  {payment.tender === "CHEQUE" &&
                    t("report.cheque", {
                      bank: payment.chequeBank ?? "",
                      number: payment.chequeNumber ?? "",
                      holder: payment.chequeHolder ?? "",
                    })}
                  {payment.transferReference}
                  {payment.vouchers
                    .map((voucher) =>
                      t("report.voucher", {
                        serial: voucher.serialNumber,
                        value: formatEuros(voucher.faceValueCents),
                      }),
                    )
                    .join(", ")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>

      {booking.refunds.length > 0 && (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("panel.refunds")}</h3>
          <ul className="space-y-1 text-sm">
            {booking.refunds.map((refund) => (
              <li key={refund.id}>
                {formatEuros(refund.amountCents)} · {t(`tenders.${refund.tender}`)} ·{" "}
                {t(`refundStatus.${refund.status}`)}
                {refund.issueNote ? ` · ${refund.issueNote}` : ""}
              </li>
            ))}
          </ul>
        </div>
      )}

      {money.canTakePayment && (
        <OfficePaymentForm
          bookingId={booking.id}
          balanceCents={money.balanceCents}
          hasOpenDesk={money.hasOpenDesk}
        />
      )}
    </div>
  );
}

/** Renders the payment section of the staff booking page. */
export async function BookingPaymentSection({
  actor,
  bookingId,
}: {
  actor: StaffActor;
  bookingId: string;
}) {
  const t = await getTranslations("adminPayments");
  const money = await getBookingPayments(actor, bookingId);
  return (
    <Section title={t("panel.title")}>
      <PaymentPanel money={money} />
    </Section>
  );
}
