import { formatParisInstant } from "@/components/booking/format";
import { appUrl } from "@/lib/app-url";
import { formatCalendarDateFr } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { bookingTranslator } from "@/lib/booking/translators";
import { formatDateTimeParis, formatEuros } from "@/lib/staff/format";

/** Keys of the `bookingEmails` messages, one per thing that can happen to a booking. */
export type BookingEmailKey =
  | "confirmed"
  | "waiting"
  | "pending"
  | "approved"
  | "refused"
  | "waitlisted"
  | "offered"
  | "offerAccepted"
  | "offerDeclined"
  | "offerExpired"
  | "cancelled"
  | "cancelledByStaff";

/**
 * E-mails that tell a member their places are theirs. While a hold is set,
 * the places are only held until payment, so the `held` wording is sent.
 */
const HELD_KEYS: ReadonlySet<BookingEmailKey> = new Set(["confirmed", "approved", "offerAccepted"]);

/** The booking fields an e-mail quotes. */
export type BookingEmailFacts = {
  reference: string;
  memberId: string;
  places: number;
  subsidyCents: number;
  memberShareCents: number;
  offerExpiresAt?: Date | null;
  /** Set when the places are held until the member's share is paid. */
  holdExpiresAt?: Date | null;
  session: { startDate: Date; endDate: Date; offer: { title: string } };
};

export type BookingRecipient = { firstName: string; email: string };

/** Returns the member's name and address, or null when their account is disabled. */
export async function loadBookingRecipient(
  client: DbClient,
  memberId: string,
): Promise<BookingRecipient | null> {
  const member = await client.member.findUnique({
    where: { id: memberId },
    select: { firstName: true, user: { select: { email: true, disabledAt: true } } },
  });
  if (!member || member.user.disabledAt) return null;
  return { firstName: member.firstName, email: member.user.email };
}

/**
 * Queues the e-mail telling the booking's member what happened, inside the
 * caller's transaction. Nothing is queued when the member's account is
 * disabled. `extra.paragraphs` follow the body, already translated.
 * `preloaded` is the recipient from loadBookingRecipient, if read earlier.
 */
export async function queueBookingEmail(
  tx: DbClient,
  booking: BookingEmailFacts,
  key: BookingEmailKey,
  extra: { rank?: number; reason?: string; paragraphs?: string[] } = {},
  preloaded?: BookingRecipient | null,
) {
  const recipient =
    preloaded === undefined ? await loadBookingRecipient(tx, booking.memberId) : preloaded;
  if (!recipient) return;

  const t = await bookingTranslator("bookingEmails");
  const values = {
    firstName: recipient.firstName,
    reference: booking.reference,
    offerTitle: booking.session.offer.title,
    startDate: formatCalendarDateFr(booking.session.startDate),
    endDate: formatCalendarDateFr(booking.session.endDate),
    places: booking.places,
    subsidy: formatEuros(booking.subsidyCents),
    memberShare: formatEuros(booking.memberShareCents),
    expiresAt: booking.offerExpiresAt ? formatDateTimeParis(booking.offerExpiresAt) : "",
    holdExpiresAt: booking.holdExpiresAt ? formatParisInstant(booking.holdExpiresAt) : "",
    rank: extra.rank ?? 0,
    reason: extra.reason ?? "",
  };
  const held = Boolean(booking.holdExpiresAt) && HELD_KEYS.has(key);
  const paragraphs = [
    t("greeting", values),
    held ? `${t(`${key}.heldIntro`, values)} ${t("held.body", values)}` : t(`${key}.body`, values),
    ...(extra.paragraphs ?? []),
    t("summary", values),
    t("memberSpaceLink", { link: appUrl("/account/bookings") }),
    t("signature"),
  ];
  await queueEmail(tx, {
    to: recipient.email,
    subject: held ? t("held.subject", values) : t(`${key}.subject`, values),
    text: paragraphs.join("\n\n"),
  });
}

/** Returns the booking's 1-based rank among the session's WAITING bookings. */
export async function waitingRank(tx: DbClient, sessionId: string, queuedAt: Date) {
  const ahead = await tx.booking.count({
    where: { sessionId, status: "WAITING", queuedAt: { lt: queuedAt } },
  });
  return ahead + 1;
}
