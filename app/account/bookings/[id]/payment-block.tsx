import { getTranslations } from "next-intl/server";

import { formatCents } from "@/components/booking/format";
import { ASSOCIATION_TIME_ZONE } from "@/lib/dates";
import { db } from "@/lib/db";
import { balanceDueCents, netPaidCents } from "@/lib/payments/balance";
import { loadBookingRefundProgress } from "@/lib/payments/refund-progress";
import { isStripeConfigured } from "@/lib/payments/stripe/client";

import { ConfirmationRefresher, PayByCardButton } from "./pay-by-card-button";

type PaymentBlockProps = {
  booking: {
    id: string;
    reference: string;
    status: "PENDING" | "CONFIRMED" | "WAITING" | "OFFERED" | "REFUSED" | "CANCELLED" | "EXPIRED";
    memberShareCents: number;
    paidCents: number;
    refundedCents: number;
    holdExpiresAt: Date | null;
    cancellationFeeCents: number | null;
  };
  /** The `paiement` query parameter set by Stripe's return addresses: "ok" or "annule". */
  returned?: string;
};

const heldDate = new Intl.DateTimeFormat("fr-FR", {
  timeZone: ASSOCIATION_TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
});
const heldTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: ASSOCIATION_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
});

/**
 * Renders the booking's payment: member share, amount paid and balance, the
 * end of the hold, and the card button, or how to pay at the office when
 * card payments are off. Shows nothing for a booking that never owed money.
 */
export async function PaymentBlock({ booking, returned }: PaymentBlockProps) {
  const owes = booking.status === "CONFIRMED" && booking.memberShareCents > 0;
  if (!owes && booking.paidCents === 0) return null;

  const t = await getTranslations("payments.block");
  const balance = balanceDueCents(booking);
  const openCard = await db.payment.findFirst({
    where: { bookingId: booking.id, tender: "CARD", status: "PENDING" },
    select: { amountCents: true },
  });
  const awaitingWebhook = returned === "ok" && balance > 0 && openCard !== null;
  const held = booking.status === "CONFIRMED" && booking.holdExpiresAt;
  const refunds = await loadBookingRefundProgress(db, booking.id);

  return (
    <section
      aria-labelledby="payment-title"
      className="space-y-3 rounded-lg bg-white p-5 shadow-sm"
    >
      <h2 id="payment-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {returned === "ok" && (
        <p role="status" className="rounded border border-blue-300 bg-blue-50 p-3 text-blue-900">
          {awaitingWebhook ? t("returnOk") : t("returnOkDone")}
        </p>
      )}
      {awaitingWebhook && <ConfirmationRefresher />}
      {returned === "annule" && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t("returnCancelled")}
        </p>
      )}
      <dl className="grid max-w-sm grid-cols-2 gap-x-4 gap-y-1">
        <dt>{t("memberShare")}</dt>
        <dd className="text-right">{formatCents(booking.memberShareCents)}</dd>
        <dt>{t("paid")}</dt>
        <dd className="text-right">{formatCents(booking.paidCents)}</dd>
        {(booking.cancellationFeeCents ?? 0) > 0 && (
          <>
            <dt>{t("cancellationFee")}</dt>
            <dd className="text-right">{formatCents(booking.cancellationFeeCents ?? 0)}</dd>
          </>
        )}
        {refunds.issuedCents > 0 && (
          <>
            <dt>{t("refunded")}</dt>
            <dd className="text-right">{formatCents(refunds.issuedCents)}</dd>
          </>
        )}
        {refunds.inProgressCents > 0 && (
          <>
            <dt>{t("refundInProgress")}</dt>
            <dd className="text-right">{formatCents(refunds.inProgressCents)}</dd>
          </>
        )}
        <dt className="font-semibold">{t("balance")}</dt>
        <dd className="text-right font-semibold">{formatCents(balance)}</dd>
      </dl>
      {held && (
        <p className="font-medium text-amber-900">
          {t("heldUntil", {
            date: heldDate.format(booking.holdExpiresAt!),
            time: heldTime.format(booking.holdExpiresAt!),
          })}
        </p>
      )}
      {owes && balance === 0 && netPaidCents(booking) > 0 && <p>{t("paidInFull")}</p>}
      {balance > 0 && openCard && !awaitingWebhook && <p>{t("pendingCard")}</p>}
      {balance > 0 &&
        (isStripeConfigured() ? (
          <PayByCardButton bookingId={booking.id} />
        ) : (
          <p>{t("cardUnavailable", { reference: booking.reference })}</p>
        ))}
    </section>
  );
}
