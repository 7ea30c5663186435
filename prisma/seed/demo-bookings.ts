// Books sessions of the demo catalogue at the office for generated
// households, through createOfficeBooking, so that the staff pages on
// bookings and payments show data. Runs inside withDatabaseClient (see
// demo-activity.ts), because the domain functions use `db`.
import type { Faker } from "@faker-js/faker";

import type { StaffActor } from "@/lib/auth/guards";
import { createOfficeBooking } from "@/lib/booking/create-booking";
import { ageOn } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OfferKind } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";

import { GENERATED_EMAIL_DOMAIN } from "./households";

/** Office bookings the demo seed aims for; fewer when the households do not fit the sessions. */
export const DEMO_BOOKING_TARGET = 48;

// Households read to choose from. The first ones by e-mail are enough for
// 48 bookings, and the bound keeps the query small with 12,000 households.
const CANDIDATE_HOUSEHOLDS = 400;

// The end-to-end specs book these offers and count their places, so demo
// bookings stay out of them.
export const OFFERS_KEPT_EMPTY = ["trip-saint-savournin-osca"];

// Sessions booked per kind of offer. A rental week takes one household.
const SESSIONS_PER_KIND: Record<OfferKind, number> = { TRIP: 4, RENTAL: 6, TICKET: 4, ACTIVITY: 2 };

type Candidate = {
  householdId: string;
  memberId: string;
  userId: string;
  memberName: string;
  children: { id: string; birthDate: Date }[];
};

type DemoSession = Awaited<ReturnType<typeof loadSessions>>[number];

/** A booking made by the demo seed, with what the payment step needs. */
export type DemoBooking = {
  id: string;
  reference: string;
  kind: OfferKind;
  householdId: string;
  /** The member who acts for the household, as a MemberActor. */
  member: { userId: string; memberId: string; householdId: string };
  memberName: string;
  memberShareCents: number;
};

/**
 * Books up to DEMO_BOOKING_TARGET places at the office, one booking per
 * household, spread over a few FIRST_COME sessions of each kind and never
 * above a session's free places. `staffByKind` is the staff member who
 * manages each kind. The choice of households, sessions and participants
 * depends only on `random`, so the same seed books the same people.
 */
export async function seedDemoBookings(
  random: Faker,
  seasonYear: number,
  staffByKind: Record<OfferKind, StaffActor>,
): Promise<DemoBooking[]> {
  const candidates = random.helpers.shuffle(await loadCandidates(seasonYear));
  const sessions = pickSessions(random, await loadSessions(seasonYear));
  const bookings: DemoBooking[] = [];
  const booked = new Set<Candidate>();

  // Round after round, each session with free places books the next
  // household that fits it, so every session gets its share.
  while (bookings.length < DEMO_BOOKING_TARGET) {
    const before = bookings.length;
    for (const session of sessions) {
      if (bookings.length >= DEMO_BOOKING_TARGET) break;
      const candidate = candidates.find(
        (person) => !booked.has(person) && fittingParticipants(person, session).length > 0,
      );
      if (!candidate) continue;
      booked.add(candidate);
      const participantIds = chooseParticipants(random, candidate, session);
      if (participantIds.length > session.placesLeft) continue;
      const booking = await bookAtOffice(staffByKind[session.kind], candidate, session, {
        participantIds,
      });
      if (!booking) continue;
      session.placesLeft -= participantIds.length;
      bookings.push(booking);
    }
    if (bookings.length === before) break;
  }
  return bookings;
}

async function bookAtOffice(
  staff: StaffActor,
  candidate: Candidate,
  session: DemoSession,
  request: { participantIds: string[] },
): Promise<DemoBooking | null> {
  try {
    const created = await createOfficeBooking(staff, {
      householdId: candidate.householdId,
      sessionId: session.id,
      participantIds: request.participantIds,
    });
    if (created.status !== "CONFIRMED") return null;
    const booking = await db.booking.findUniqueOrThrow({
      where: { id: created.id },
      select: { memberShareCents: true },
    });
    return {
      id: created.id,
      reference: created.reference,
      kind: session.kind,
      householdId: candidate.householdId,
      member: {
        userId: candidate.userId,
        memberId: candidate.memberId,
        householdId: candidate.householdId,
      },
      memberName: candidate.memberName,
      memberShareCents: booking.memberShareCents,
    };
  } catch (error) {
    // A rule this selection does not check rejects the booking, so the
    // household is skipped and the seed books the next one.
    if (!(error instanceof DomainError)) throw error;
    logger.debug({ code: error.code, sessionId: session.id }, "demo booking skipped");
    return null;
  }
}

/**
 * Returns generated households whose member may book in `seasonYear`
 * (active membership and a quotient for that year), with their validated
 * children, in a stable order.
 */
async function loadCandidates(seasonYear: number): Promise<Candidate[]> {
  const members = await db.member.findMany({
    where: {
      user: { email: { endsWith: `@${GENERATED_EMAIL_DOMAIN}` }, disabledAt: null },
      memberships: { some: { year: seasonYear, status: "ACTIVE" } },
      household: { quotients: { some: { year: seasonYear } } },
    },
    orderBy: { employeeNumber: "asc" },
    take: CANDIDATE_HOUSEHOLDS,
    select: {
      id: true,
      userId: true,
      householdId: true,
      firstName: true,
      lastName: true,
      household: {
        select: {
          dependants: {
            where: { relation: "CHILD", status: "VALIDATED", archivedAt: null },
            orderBy: { birthDate: "asc" },
            select: { id: true, birthDate: true },
          },
        },
      },
    },
  });
  return members.map((member) => ({
    householdId: member.householdId,
    memberId: member.id,
    userId: member.userId,
    memberName: `${member.firstName} ${member.lastName}`,
    children: member.household.dependants,
  }));
}

/** Returns the published FIRST_COME sessions of the season, in a stable order. */
async function loadSessions(seasonYear: number) {
  const sessions = await db.offerSession.findMany({
    where: {
      mode: "FIRST_COME",
      cancelledAt: null,
      startDate: { gte: new Date(Date.UTC(seasonYear, 0, 1)) },
      offer: { status: "PUBLISHED", slug: { notIn: OFFERS_KEPT_EMPTY } },
    },
    orderBy: [{ offer: { slug: "asc" } }, { startDate: "asc" }, { id: "asc" }],
    select: {
      id: true,
      startDate: true,
      audience: true,
      minAge: true,
      maxAge: true,
      adultPriceCents: true,
      childPriceCents: true,
      capacity: true,
      confirmedPlaces: true,
      offer: { select: { kind: true } },
    },
  });
  return sessions.map(({ offer, capacity, confirmedPlaces, ...session }) => ({
    ...session,
    kind: offer.kind,
    placesLeft: capacity - confirmedPlaces,
  }));
}

function pickSessions(random: Faker, sessions: DemoSession[]): DemoSession[] {
  const kinds = Object.keys(SESSIONS_PER_KIND) as OfferKind[];
  return kinds.flatMap((kind) =>
    random.helpers
      .shuffle(sessions.filter((session) => session.kind === kind && session.placesLeft > 0))
      .slice(0, SESSIONS_PER_KIND[kind]),
  );
}

/**
 * Returns the people of the household who may go: the member for a rental,
 * the children of the right age for a stay, the member first and then the
 * children of the right age for a ticket or an activity. Empty when the
 * session does not fit the household.
 */
function fittingParticipants(candidate: Candidate, session: DemoSession): string[] {
  const fitsAge = (birthDate: Date) => {
    const age = ageOn(birthDate, session.startDate);
    return (session.minAge ?? 0) <= age && age <= (session.maxAge ?? Number.MAX_SAFE_INTEGER);
  };
  const children =
    session.childPriceCents === null
      ? []
      : candidate.children.filter((child) => fitsAge(child.birthDate)).map((child) => child.id);

  switch (session.kind) {
    case "RENTAL":
      return [candidate.memberId];
    case "TRIP":
      return children;
    default:
      return session.adultPriceCents === null ? [] : [candidate.memberId, ...children];
  }
}

/**
 * Returns who goes: the member alone for a rental, one or two children for
 * a stay, the member and up to two children for a ticket or an activity.
 */
function chooseParticipants(random: Faker, candidate: Candidate, session: DemoSession) {
  const fitting = fittingParticipants(candidate, session);
  switch (session.kind) {
    case "RENTAL":
      return fitting.slice(0, 1);
    case "TRIP":
      return fitting.slice(0, random.number.int({ min: 1, max: 2 }));
    default:
      return fitting.slice(0, 1 + random.number.int({ min: 0, max: 2 }));
  }
}
