// Offers, sessions and bookings written straight to the database, for the
// staff pages' queries. Booking rules are not applied here.
import { db } from "@/lib/db";
import type {
  BookingMode,
  BookingStatus,
  OfferKind,
  ParticipantCategory,
} from "@/lib/generated/prisma/enums";
import { uniqueSuffix } from "./factories";

export async function createOfferWithSession(
  options: {
    kind?: OfferKind;
    mode?: BookingMode;
    capacity?: number;
    title?: string;
    startDate?: string;
  } = {},
) {
  const suffix = uniqueSuffix();
  const startDate = new Date(`${options.startDate ?? "2027-07-05"}T00:00:00Z`);
  const offer = await db.offer.create({
    data: {
      slug: `offre-${suffix}`,
      kind: options.kind ?? "TRIP",
      status: "PUBLISHED",
      title: options.title ?? `Colonie ${suffix}`,
      description: "Séjour de test.",
      organiser: "Organisateur de test",
      placeLabel: "Toulouse",
    },
  });
  const session = await db.offerSession.create({
    data: {
      offerId: offer.id,
      startDate,
      endDate: new Date(startDate.getTime() + 6 * 24 * 60 * 60 * 1000),
      capacity: options.capacity ?? 10,
      adultPriceCents: 40_000,
      childPriceCents: 30_000,
      mode: options.mode ?? "PRE_REGISTRATION",
      bookingOpensAt: new Date("2026-01-01T08:00:00Z"),
      bookingClosesAt: new Date("2027-06-01T20:00:00Z"),
      cancellationDeadline: new Date("2027-06-15T00:00:00Z"),
    },
  });
  return { offer, session };
}

type ParticipantInput = {
  category: ParticipantCategory;
  firstName: string;
  lastName: string;
  birthDate: string;
  memberId?: string;
  dependantId?: string;
  publicPriceCents?: number;
  subsidyCents?: number;
};

/**
 * Inserts a booking with its participants and totals. An adult without an
 * id is the booking's member, and a child without an id gets a new
 * validated dependant in the household. Session place counts are left as
 * they are, so callers set them when a test needs them.
 */
export async function insertBooking(options: {
  sessionId: string;
  householdId: string;
  memberId: string;
  createdById: string;
  status?: BookingStatus;
  createdAt?: Date;
  queuedAt?: Date;
  offerExpiresAt?: Date;
  participants: ParticipantInput[];
}) {
  const people = await Promise.all(
    options.participants.map(async (participant) => {
      if (participant.memberId || participant.dependantId) return participant;
      if (participant.category === "ADULT") return { ...participant, memberId: options.memberId };
      const dependant = await db.dependant.create({
        data: {
          householdId: options.householdId,
          relation: "CHILD",
          status: "VALIDATED",
          firstName: participant.firstName,
          lastName: participant.lastName,
          birthDate: new Date(`${participant.birthDate}T00:00:00Z`),
        },
      });
      return { ...participant, dependantId: dependant.id };
    }),
  );
  const lines = people.map((participant) => {
    const publicPriceCents = participant.publicPriceCents ?? 30_000;
    const subsidyCents = participant.subsidyCents ?? 10_000;
    return {
      sessionId: options.sessionId,
      memberId: participant.memberId,
      dependantId: participant.dependantId,
      category: participant.category,
      firstName: participant.firstName,
      lastName: participant.lastName,
      birthDate: new Date(`${participant.birthDate}T00:00:00Z`),
      publicPriceCents,
      subsidyCents,
      memberShareCents: publicPriceCents - subsidyCents,
    };
  });
  const sum = (pick: (line: (typeof lines)[number]) => number) =>
    lines.reduce((total, line) => total + pick(line), 0);

  return db.booking.create({
    data: {
      reference: `R-${uniqueSuffix()}`.toUpperCase(),
      sessionId: options.sessionId,
      householdId: options.householdId,
      memberId: options.memberId,
      createdById: options.createdById,
      status: options.status ?? "PENDING",
      places: lines.length,
      queuedAt: options.queuedAt,
      offerExpiresAt: options.offerExpiresAt,
      bracketPosition: 4,
      publicPriceCents: sum((line) => line.publicPriceCents),
      subsidyCents: sum((line) => line.subsidyCents),
      memberShareCents: sum((line) => line.memberShareCents),
      createdAt: options.createdAt,
      participants: { create: lines },
    },
    include: { participants: true },
  });
}
