import { getTranslations } from "next-intl/server";

import { formatParisInstant } from "@/components/booking/format";
import type { BookingStatus } from "@/lib/generated/prisma/enums";

type BookingForStatus = {
  status: BookingStatus;
  /** Position on the session's waiting list, 1 for the next in line, or null unless WAITING. */
  waitingRank: number | null;
  offerExpiresAt: Date | null;
  refusalReason: string | null;
  cancelledAt: Date | null;
  holdExpiresAt: Date | null;
};

/** Returns whether places offered to the booking are past their deadline to accept. */
export function isOfferLapsed(booking: Pick<BookingForStatus, "status" | "offerExpiresAt">) {
  return (
    booking.status === "OFFERED" &&
    booking.offerExpiresAt !== null &&
    booking.offerExpiresAt.getTime() <= Date.now()
  );
}

/**
 * Explains a booking's status in French: the hold or offer deadline, the
 * rank, the refusal reason.
 */
export async function BookingStatusDetails({ booking }: { booking: BookingForStatus }) {
  const t = await getTranslations("booking.detail");

  switch (booking.status) {
    case "PENDING":
      return <p>{t("pending")}</p>;
    case "CONFIRMED":
      return booking.holdExpiresAt ? (
        <p className="font-medium">
          {t("held", { date: formatParisInstant(booking.holdExpiresAt) })}
        </p>
      ) : (
        <p>{t("confirmed")}</p>
      );
    case "WAITING":
      return (
        <>
          <p>{t("waiting")}</p>
          {booking.waitingRank !== null && (
            <p className="font-medium">{t("waitingRank", { rank: booking.waitingRank })}</p>
          )}
        </>
      );
    case "OFFERED":
      if (!booking.offerExpiresAt) return null;
      // The expiry job runs every minute, so for a short while a lapsed offer is still OFFERED.
      return isOfferLapsed(booking) ? (
        <p className="font-medium">
          {t("offerLapsed", { date: formatParisInstant(booking.offerExpiresAt) })}
        </p>
      ) : (
        <p className="font-medium">
          {t("offeredUntil", { date: formatParisInstant(booking.offerExpiresAt) })}
        </p>
      );
    case "REFUSED":
      return booking.refusalReason ? (
        <p>{t("refusalReason", { reason: booking.refusalReason })}</p>
      ) : null;
    case "CANCELLED":
      return booking.cancelledAt ? (
        <p>{t("cancelledAt", { date: formatParisInstant(booking.cancelledAt) })}</p>
      ) : null;
    case "EXPIRED":
      // Only hold expiry leaves a hold on an EXPIRED booking, because an offer never has one.
      return booking.holdExpiresAt ? (
        <p>{t("holdExpired", { date: formatParisInstant(booking.holdExpiresAt) })}</p>
      ) : (
        <p>{t("expired")}</p>
      );
  }
}
