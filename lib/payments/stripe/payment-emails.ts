import { appUrl } from "@/lib/app-url";
import { loadBookingRecipient } from "@/lib/booking/emails";
import { formatCalendarDateFr } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { getTranslator, type Translate } from "@/lib/i18n";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { formatEuros } from "@/lib/staff/format";

/** Keys of the `payments.emails` messages. */
export type PaymentEmailKey = "received" | "reinstated" | "lateRefunded" | "holdExpired";

export type PaymentEmailFacts = {
  id: string;
  reference: string;
  memberId: string;
  /** Booking status when the e-mail is queued, from which `lateRefunded` picks its reason. */
  status?: BookingStatus;
  session: { startDate: Date; endDate: Date; offer: { title: string } };
};

export type PaymentEmailAmounts = {
  amountCents?: number;
  receiptNumber?: string | null;
  balanceCents?: number;
  /** Money sent back with this news: the excess of a payment, or what an expired booking had received. */
  refundCents?: number;
};

let translator: Promise<Translate> | undefined;

// Loaded once per process, like the booking e-mails: these are written
// while a session's row lock is held.
function paymentsTranslator() {
  if (!translator) {
    translator = getTranslator("payments.emails");
    translator.catch(() => {
      translator = undefined;
    });
  }
  return translator;
}

/**
 * Queues the e-mail telling the booking's member what happened to a card
 * payment or to the hold, inside the caller's transaction. Nothing is
 * queued when the member's account is disabled.
 */
export async function queuePaymentEmail(
  tx: DbClient,
  booking: PaymentEmailFacts,
  key: PaymentEmailKey,
  amounts: PaymentEmailAmounts = {},
) {
  const recipient = await loadBookingRecipient(tx, booking.memberId);
  if (!recipient) return;

  const t = await paymentsTranslator();
  const values = {
    firstName: recipient.firstName,
    reference: booking.reference,
    offerTitle: booking.session.offer.title,
    startDate: formatCalendarDateFr(booking.session.startDate),
    endDate: formatCalendarDateFr(booking.session.endDate),
    amount: formatEuros(amounts.amountCents ?? 0),
    receiptNumber: amounts.receiptNumber ?? "",
    balance: formatEuros(amounts.balanceCents ?? 0),
    refund: formatEuros(amounts.refundCents ?? 0),
    status: booking.status ?? "other",
  };
  const paragraphs = [t("greeting", values), t(`${key}.body`, values)];
  const refunded = amounts.refundCents ?? 0;
  if (refunded > 0 && (key === "received" || key === "reinstated")) {
    paragraphs.push(t("excessRefunded", values));
  }
  if (refunded > 0 && key === "holdExpired") {
    paragraphs.push(t("holdExpiredRefund", { amount: values.refund }));
  }
  paragraphs.push(
    t("summary", values),
    t("memberSpaceLink", { link: appUrl(`/account/bookings/${booking.id}`) }),
    t("signature"),
  );
  await queueEmail(tx, {
    to: recipient.email,
    subject: t(`${key}.subject`, values),
    text: paragraphs.join("\n\n"),
  });
}
