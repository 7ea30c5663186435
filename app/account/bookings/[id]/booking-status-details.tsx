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
};

/** Explains a booking's status in French: the offer's deadline, the rank, the refusal reason. */
export async function BookingStatusDetails({ booking }: { booking: BookingForStatus }) {
  const t = await getTranslations("booking.detail");

  switch (booking.status) {
    case "PENDING":
      return <p>{t("pending")}</p>;
    case "CONFIRMED":
      return <p>{t("confirmed")}</p>;
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
      return booking.offerExpiresAt ? (
        <p className="font-medium">
          {t("offeredUntil", { date: formatParisInstant(booking.offerExpiresAt) })}
        </p>
      ) : null;
    case "REFUSED":
      return booking.refusalReason ? (
        <p>{t("refusalReason", { reason: booking.refusalReason })}</p>
      ) : null;
    case "CANCELLED":
      return booking.cancelledAt ? (
        <p>{t("cancelledAt", { date: formatParisInstant(booking.cancelledAt) })}</p>
      ) : null;
    case "EXPIRED":
      return <p>{t("expired")}</p>;
  }
}
