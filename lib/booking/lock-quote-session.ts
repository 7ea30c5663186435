import type { QuoteSession } from "@/lib/booking/quote-booking";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type {
  BookingMode,
  OfferKind,
  OfferStatus,
  SessionAudience,
  SubsidyKind,
} from "@/lib/generated/prisma/enums";

// Rows as PostgreSQL's row_to_json writes them, keyed by column name (no
// field of these models has @map). A `date` is "YYYY-MM-DD" and a
// `timestamp` (UTC in this schema) is ISO text with no zone.
type JsonValue<V> = V extends Date ? string : V;
type JsonRow<T> = { [K in keyof T]: JsonValue<T[K]> };
type SessionJson = JsonRow<Omit<QuoteSession, "offer">>;
type OfferJson = JsonRow<Omit<QuoteSession["offer"], "subsidies">>;
type LockedRow = {
  session: SessionJson;
  offer: OfferJson;
  subsidies: QuoteSession["offer"]["subsidies"];
};

/**
 * Locks the session's row like lockSession and reads the session, its
 * offer and the offer's subsidies in the same statement, so a booking
 * prices what is current under the lock. Raises `not_found` when the
 * session does not exist.
 */
export async function lockQuoteSession(tx: DbClient, sessionId: string): Promise<QuoteSession> {
  // FOR UPDATE OF locks the session's row only. After a wait for the lock,
  // PostgreSQL returns the row version that the previous holder committed.
  const [row] = await tx.$queryRaw<LockedRow[]>`
    SELECT row_to_json(session) AS "session", row_to_json(offer) AS "offer",
      COALESCE((
        SELECT json_agg(json_build_object(
          'offerId', subsidy."offerId",
          'bracketPosition', subsidy."bracketPosition",
          'value', subsidy."value"))
        FROM "OfferSubsidy" AS subsidy WHERE subsidy."offerId" = offer."id"
      ), '[]') AS "subsidies"
    FROM "OfferSession" AS session JOIN "Offer" AS offer ON offer."id" = session."offerId"
    WHERE session."id" = ${sessionId}
    FOR UPDATE OF session`;
  if (!row) throw new DomainError("not_found");
  return { ...toSession(row.session), offer: { ...toOffer(row.offer), subsidies: row.subsidies } };
}

function toSession(json: SessionJson): Omit<QuoteSession, "offer"> {
  return {
    id: json.id,
    offerId: json.offerId,
    label: json.label,
    startDate: fromDate(json.startDate),
    endDate: fromDate(json.endDate),
    capacity: json.capacity,
    confirmedPlaces: json.confirmedPlaces,
    offeredPlaces: json.offeredPlaces,
    audience: json.audience as SessionAudience,
    minAge: json.minAge,
    maxAge: json.maxAge,
    adultPriceCents: json.adultPriceCents,
    childPriceCents: json.childPriceCents,
    mode: json.mode as BookingMode,
    bookingOpensAt: fromTimestamp(json.bookingOpensAt),
    bookingClosesAt: fromTimestamp(json.bookingClosesAt),
    cancellationDeadline: fromDate(json.cancellationDeadline),
    cancelledAt: json.cancelledAt === null ? null : fromTimestamp(json.cancelledAt),
    createdAt: fromTimestamp(json.createdAt),
    updatedAt: fromTimestamp(json.updatedAt),
  };
}

function toOffer(json: OfferJson): Omit<QuoteSession["offer"], "subsidies"> {
  return {
    id: json.id,
    slug: json.slug,
    kind: json.kind as OfferKind,
    status: json.status as OfferStatus,
    title: json.title,
    description: json.description,
    organiser: json.organiser,
    venue: json.venue,
    placeLabel: json.placeLabel,
    communeCode: json.communeCode,
    departmentCode: json.departmentCode,
    priceNote: json.priceNote,
    subsidyKind: json.subsidyKind as SubsidyKind,
    subsidyCapCents: json.subsidyCapCents,
    sourceUrls: json.sourceUrls,
    sourceNote: json.sourceNote,
    instalmentThresholdCents: json.instalmentThresholdCents,
    createdAt: fromTimestamp(json.createdAt),
    updatedAt: fromTimestamp(json.updatedAt),
  };
}

function fromDate(value: string) {
  return new Date(`${value}T00:00:00Z`);
}

function fromTimestamp(value: string) {
  return new Date(`${value}Z`);
}
