import { getTranslations } from "next-intl/server";

import { formatParisInstant } from "@/components/booking/format";
import { db } from "@/lib/db";
import type { BookingStatus } from "@/lib/generated/prisma/enums";

type BookingForStatus = {
  id: string;
  sessionId: string;
  status: BookingStatus;
  queuedAt: Date | null;
  offerExpiresAt: Date | null;
  refusalReason: string | null;
  cancelledAt: Date | null;
};

/**
 * Returns the booking's position on its session's waiting list, 1 for the
 * next in line. Bookings queued at the same instant share a rank.
 */
async function waitingRank(booking: BookingForStatus): Promise<number | null> {
  if (booking.status !== "WAITING" || !booking.queuedAt) return null;
  const ahead = await db.booking.count({
    where: { sessionId: booking.sessionId, status: "WAITING", queuedAt: { lt: booking.queuedAt } },
  });
  return ahead + 1;
}

/** Explains a booking's status in French: the offer's deadline, the rank, the refusal reason. */
export async function BookingStatusDetails({ booking }: { booking: BookingForStatus }) {
  const t = await getTranslations("booking.detail");

  switch (booking.status) {
    case "PENDING":
      return <p>{t("pending")}</p>;
    case "CONFIRMED":
      return <p>{t("confirmed")}</p>;
    case "WAITING": {
      const rank = await waitingRank(booking);
      return (
        <>
          <p>{t("waiting")}</p>
          {rank !== null && <p className="font-medium">{t("waitingRank", { rank })}</p>}
        </>
      );
    }
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
