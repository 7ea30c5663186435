// Factories for catalogue tests: offers with sessions, unique slugs.
import { db } from "@/lib/db";
import type {
  BookingMode,
  OfferKind,
  OfferStatus,
  SessionAudience,
} from "@/lib/generated/prisma/enums";

import { uniqueSuffix } from "./factories";

export type SessionFixture = {
  start: string;
  end: string;
  capacity?: number;
  confirmedPlaces?: number;
  offeredPlaces?: number;
  audience?: SessionAudience;
  minAge?: number | null;
  maxAge?: number | null;
  adultPriceCents?: number | null;
  childPriceCents?: number | null;
  mode?: BookingMode;
  cancelled?: boolean;
  bookingOpensAt?: Date;
  bookingClosesAt?: Date;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Creates an offer and its sessions, with windows open from yesterday to the day before start. */
export async function createOffer(
  options: {
    kind?: OfferKind;
    status?: OfferStatus;
    title?: string;
    sessions?: SessionFixture[];
    sourceNote?: string;
  } = {},
) {
  const suffix = uniqueSuffix();
  return db.offer.create({
    data: {
      slug: `offre-test-${suffix}`,
      kind: options.kind ?? "TRIP",
      status: options.status ?? "PUBLISHED",
      title: options.title ?? `Offre ${suffix}`,
      description: "Offre créée par un test.",
      organiser: "Organisateur test",
      placeLabel: "Toulouse",
      sourceUrls: ["https://example.test/source"],
      sourceNote: options.sourceNote ?? "Note interne",
      sessions: {
        create: (options.sessions ?? []).map((session) => ({
          startDate: new Date(`${session.start}T00:00:00Z`),
          endDate: new Date(`${session.end}T00:00:00Z`),
          capacity: session.capacity ?? 30,
          confirmedPlaces: session.confirmedPlaces ?? 0,
          offeredPlaces: session.offeredPlaces ?? 0,
          audience: session.audience ?? "EVERYONE",
          minAge: session.minAge ?? null,
          maxAge: session.maxAge ?? null,
          adultPriceCents: session.adultPriceCents === undefined ? 10_000 : session.adultPriceCents,
          childPriceCents: session.childPriceCents === undefined ? 8_000 : session.childPriceCents,
          mode: session.mode ?? "FIRST_COME",
          bookingOpensAt: session.bookingOpensAt ?? new Date(Date.now() - DAY_MS),
          bookingClosesAt:
            session.bookingClosesAt ??
            new Date(new Date(`${session.start}T00:00:00Z`).getTime() - DAY_MS),
          cancellationDeadline: new Date(`${session.start}T00:00:00Z`),
          cancelledAt: session.cancelled ? new Date() : null,
        })),
      },
    },
    include: { sessions: { orderBy: { startDate: "asc" } } },
  });
}
