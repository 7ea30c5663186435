// Queries of the public catalogue. Only PUBLISHED offers and sessions that
// are not cancelled and not over appear, and no staff-only field is read.
import type { DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OfferKind } from "@/lib/generated/prisma/enums";

import { CATALOGUE_PAGE_SIZE, type CatalogueFilters } from "./filters";
import { findHolidayPeriod } from "./holidays";

/** Sessions shown on a card: the first ones to come among those that match. */
const CARD_SESSION_DATES = 3;

export type CatalogueCard = {
  id: string;
  slug: string;
  kind: OfferKind;
  title: string;
  placeLabel: string;
  /** Lowest public price per participant among the matching sessions, or null. */
  fromPriceCents: number | null;
  /** Free places summed over the matching sessions. */
  placesLeft: number;
  sessionCount: number;
  nextDates: { start: Date; end: Date }[];
};

export type CataloguePage = {
  cards: CatalogueCard[];
  total: number;
  page: number;
  pageCount: number;
};

type CardRow = Omit<CatalogueCard, "nextDates" | "placesLeft" | "sessionCount"> & {
  placesLeft: bigint;
  sessionCount: bigint;
  nextDates: { start: string; end: string }[];
  total: bigint;
};

/** SQL conditions on sessions `s` of offers `o` for the filters; `today` is "YYYY-MM-DD". */
function sessionConditions(filters: CatalogueFilters, today: string): Prisma.Sql[] {
  const conditions = [
    Prisma.sql`o."status" = 'PUBLISHED'`,
    Prisma.sql`s."cancelledAt" IS NULL`,
    Prisma.sql`s."endDate" >= ${today}::date`,
  ];
  if (filters.kind) conditions.push(Prisma.sql`o."kind" = ${filters.kind}::"OfferKind"`);
  if (filters.from) conditions.push(Prisma.sql`s."endDate" >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`s."startDate" <= ${filters.to}::date`);
  const holiday = filters.holiday ? findHolidayPeriod(filters.holiday) : undefined;
  if (holiday) {
    // Overlap: the session starts before the period ends and ends after it starts.
    conditions.push(
      Prisma.sql`s."startDate" <= ${holiday.end}::date AND s."endDate" >= ${holiday.start}::date`,
    );
  }
  if (filters.age !== undefined) {
    conditions.push(
      // The filter is the child's age, so sessions for adults only never match.
      Prisma.sql`s."audience" <> 'ADULTS'
        AND (s."minAge" IS NULL OR s."minAge" <= ${filters.age})
        AND (s."maxAge" IS NULL OR s."maxAge" >= ${filters.age})`,
    );
  }
  if (filters.maxPriceCents !== undefined) {
    // LEAST ignores NULL, so a session is kept when one category fits.
    conditions.push(
      Prisma.sql`LEAST(s."adultPriceCents", s."childPriceCents") <= ${filters.maxPriceCents}`,
    );
  }
  if (filters.available) {
    conditions.push(Prisma.sql`s."capacity" - s."confirmedPlaces" - s."offeredPlaces" > 0`);
  }
  return conditions;
}

/**
 * Returns one page of offers that have at least one session matching the
 * filters, with the total count, in one query. Offers come in the order of
 * their next matching session.
 */
export async function searchCatalogue(
  client: DbClient,
  filters: CatalogueFilters,
  today: string,
): Promise<CataloguePage> {
  const where = Prisma.join(sessionConditions(filters, today), " AND ");
  const offset = (filters.page - 1) * CATALOGUE_PAGE_SIZE;
  const rows = await client.$queryRaw<CardRow[]>`
    WITH matching AS (
      SELECT s.*,
        ROW_NUMBER() OVER (PARTITION BY s."offerId" ORDER BY s."startDate", s."endDate") AS "rank"
      FROM "OfferSession" s
      JOIN "Offer" o ON o."id" = s."offerId"
      WHERE ${where}
    ), grouped AS (
      SELECT
        "offerId",
        MIN("startDate") AS "nextStart",
        MIN(LEAST("adultPriceCents", "childPriceCents"))::int AS "fromPriceCents",
        SUM(GREATEST("capacity" - "confirmedPlaces" - "offeredPlaces", 0)) AS "placesLeft",
        COUNT(*) AS "sessionCount",
        json_agg(json_build_object('start', "startDate", 'end', "endDate") ORDER BY "rank")
          FILTER (WHERE "rank" <= ${CARD_SESSION_DATES}) AS "nextDates"
      FROM matching
      GROUP BY "offerId"
    )
    SELECT o."id", o."slug", o."kind", o."title", o."placeLabel",
      g."fromPriceCents", g."placesLeft", g."sessionCount", g."nextDates",
      COUNT(*) OVER () AS "total"
    FROM grouped g
    JOIN "Offer" o ON o."id" = g."offerId"
    ORDER BY g."nextStart", o."title", o."id"
    LIMIT ${CATALOGUE_PAGE_SIZE} OFFSET ${offset}`;

  // Past the last page no row carries the window count, so a second query counts.
  const total =
    rows.length > 0 || filters.page === 1
      ? Number(rows[0]?.total ?? 0)
      : await countOffers(client, where);
  return {
    cards: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      title: row.title,
      placeLabel: row.placeLabel,
      fromPriceCents: row.fromPriceCents,
      placesLeft: Number(row.placesLeft),
      sessionCount: Number(row.sessionCount),
      nextDates: row.nextDates.map((dates) => ({
        start: new Date(`${dates.start}T00:00:00Z`),
        end: new Date(`${dates.end}T00:00:00Z`),
      })),
    })),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
  };
}

async function countOffers(client: DbClient, where: Prisma.Sql): Promise<number> {
  const [row] = await client.$queryRaw<{ count: bigint }[]>`
    SELECT COUNT(DISTINCT s."offerId") AS "count"
    FROM "OfferSession" s JOIN "Offer" o ON o."id" = s."offerId"
    WHERE ${where}`;
  return Number(row.count);
}

/** Returns the public fields of a published offer and its sessions to come, or null. */
export async function getPublicOffer(client: DbClient, slug: string, today: string) {
  return client.offer.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      kind: true,
      title: true,
      description: true,
      organiser: true,
      venue: true,
      placeLabel: true,
      priceNote: true,
      sessions: {
        where: { cancelledAt: null, endDate: { gte: new Date(`${today}T00:00:00Z`) } },
        orderBy: [{ startDate: "asc" }, { endDate: "asc" }],
        select: {
          id: true,
          label: true,
          startDate: true,
          endDate: true,
          capacity: true,
          confirmedPlaces: true,
          offeredPlaces: true,
          audience: true,
          minAge: true,
          maxAge: true,
          adultPriceCents: true,
          childPriceCents: true,
          mode: true,
          bookingOpensAt: true,
          bookingClosesAt: true,
        },
      },
    },
  });
}

export type PublicOffer = NonNullable<Awaited<ReturnType<typeof getPublicOffer>>>;
export type PublicSession = PublicOffer["sessions"][number];

/** Returns the places still free in a session: capacity minus confirmed and offered places. */
export function placesLeft(session: {
  capacity: number;
  confirmedPlaces: number;
  offeredPlaces: number;
}): number {
  return Math.max(0, session.capacity - session.confirmedPlaces - session.offeredPlaces);
}

/** Returns whether members may book now: the window has opened and not yet closed. */
export function isBookingOpen(
  session: { bookingOpensAt: Date; bookingClosesAt: Date },
  now: Date,
): boolean {
  return session.bookingOpensAt <= now && now < session.bookingClosesAt;
}
