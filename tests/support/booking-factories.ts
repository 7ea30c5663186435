// Factories for offers, sessions and households that can book them. Sessions
// default to summer 2027 with an open booking window, so a household needs
// an ACTIVE membership and a quotient grid for 2027.
import { createBooking } from "@/lib/booking/create-booking";
import { db } from "@/lib/db";
import type {
  BookingMode,
  DependantRelation,
  OfferKind,
  OfferStatus,
  ReviewStatus,
  SessionAudience,
  SubsidyKind,
} from "@/lib/generated/prisma/enums";
import { createMemberHousehold, uniqueSuffix } from "./factories";
import { createBracketGrid, createDocument } from "./staff-factories";

export const SESSION_YEAR = 2027;

const DAY_MS = 24 * 60 * 60 * 1000;

export type OfferOptions = {
  kind?: OfferKind;
  status?: OfferStatus;
  subsidyKind?: SubsidyKind;
  subsidyCapCents?: number | null;
  /** Subsidy value by bracket position: basis points for RATE, cents for AMOUNT. */
  subsidies?: Record<number, number>;
};

export async function createOffer(options: OfferOptions = {}) {
  const suffix = uniqueSuffix();
  const subsidies = options.subsidies ?? { 1: 5000, 2: 4000, 3: 3000, 4: 1000 };
  return db.offer.create({
    data: {
      slug: `sejour-${suffix}`,
      kind: options.kind ?? "TRIP",
      status: options.status ?? "PUBLISHED",
      title: `Colonie d'été ${suffix}`,
      description: "Colonie de vacances à la montagne.",
      organiser: "Association test",
      placeLabel: "Luchon",
      subsidyKind: options.subsidyKind ?? "RATE",
      subsidyCapCents: options.subsidyCapCents ?? null,
      subsidies: {
        create: Object.entries(subsidies).map(([position, value]) => ({
          bracketPosition: Number(position),
          value,
        })),
      },
    },
  });
}

export type SessionOptions = OfferOptions & {
  offerId?: string;
  capacity?: number;
  mode?: BookingMode;
  audience?: SessionAudience;
  minAge?: number | null;
  maxAge?: number | null;
  adultPriceCents?: number | null;
  childPriceCents?: number | null;
  startDate?: string;
  endDate?: string;
  bookingOpensAt?: Date;
  bookingClosesAt?: Date;
  cancellationDeadline?: string;
  cancelledAt?: Date | null;
};

/** Creates a session (and its offer unless `offerId` is given) open for booking now. */
export async function createSession(options: SessionOptions = {}) {
  await createBracketGrid(SESSION_YEAR);
  const offerId = options.offerId ?? (await createOffer(options)).id;
  const now = Date.now();
  return db.offerSession.create({
    data: {
      offerId,
      startDate: new Date(`${options.startDate ?? "2027-07-12"}T00:00:00Z`),
      endDate: new Date(`${options.endDate ?? "2027-07-23"}T00:00:00Z`),
      capacity: options.capacity ?? 10,
      mode: options.mode ?? "FIRST_COME",
      audience: options.audience ?? "EVERYONE",
      minAge: options.minAge ?? null,
      maxAge: options.maxAge ?? null,
      adultPriceCents: options.adultPriceCents === undefined ? 60_000 : options.adultPriceCents,
      childPriceCents: options.childPriceCents === undefined ? 45_000 : options.childPriceCents,
      bookingOpensAt: options.bookingOpensAt ?? new Date(now - DAY_MS),
      bookingClosesAt: options.bookingClosesAt ?? new Date(now + 30 * DAY_MS),
      cancellationDeadline: new Date(`${options.cancellationDeadline ?? "2027-06-30"}T00:00:00Z`),
      cancelledAt: options.cancelledAt ?? null,
    },
    include: { offer: true },
  });
}

export type DependantOptions = {
  relation?: DependantRelation;
  firstName?: string;
  birthDate?: string;
  status?: ReviewStatus;
  archivedAt?: Date | null;
};

/**
 * Creates a member household with an ACTIVE membership for the sessions'
 * year (or `membershipStatus`) and the given dependants,
 * validated by default.
 */
export async function createBookingHousehold(
  options: {
    dependants?: DependantOptions[];
    membershipStatus?: "PENDING" | "ACTIVE";
  } = {},
) {
  const household = await createMemberHousehold({
    year: SESSION_YEAR,
    membershipStatus: options.membershipStatus ?? "ACTIVE",
  });
  const dependants = [];
  for (const [index, dependant] of (options.dependants ?? []).entries()) {
    dependants.push(
      await db.dependant.create({
        data: {
          householdId: household.household.id,
          relation: dependant.relation ?? "CHILD",
          firstName: dependant.firstName ?? `Enfant${index + 1}`,
          lastName: household.member.lastName,
          birthDate: new Date(`${dependant.birthDate ?? "2015-06-02"}T00:00:00Z`),
          status: dependant.status ?? "VALIDATED",
          archivedAt: dependant.archivedAt ?? null,
        },
      }),
    );
  }
  return { ...household, dependants };
}

/** Creates a household with `children` validated children, for bookings of several places. */
export function createFamily(children: number) {
  return createBookingHousehold({
    dependants: Array.from({ length: children }, () => ({ birthDate: "2016-04-10" })),
  });
}

/** Reads a session's counters and the places its bookings hold, by status. */
export async function sessionPlaces(sessionId: string) {
  const session = await db.offerSession.findUniqueOrThrow({ where: { id: sessionId } });
  const bookings = await db.booking.findMany({ where: { sessionId } });
  const placesIn = (status: string) =>
    bookings
      .filter((booking) => booking.status === status)
      .reduce((total, booking) => total + booking.places, 0);
  return {
    capacity: session.capacity,
    confirmedPlaces: session.confirmedPlaces,
    offeredPlaces: session.offeredPlaces,
    confirmedInBookings: placesIn("CONFIRMED"),
    offeredInBookings: placesIn("OFFERED"),
  };
}

/** Gives the household a validated quotient in the bracket at `position` for the sessions' year. */
export async function setHouseholdBracket(
  household: { household: { id: string }; user: { id: string } },
  position: number,
) {
  const [bracket] = (await createBracketGrid(SESSION_YEAR)).filter(
    (candidate) => candidate.position === position,
  );
  const document = await createDocument({
    householdId: household.household.id,
    uploadedById: household.user.id,
    type: "TAX_NOTICE",
    year: SESSION_YEAR,
  });
  return db.householdQuotient.create({
    data: {
      householdId: household.household.id,
      year: SESSION_YEAR,
      referenceIncomeCents: 1_000_000,
      taxShareHundredths: 100,
      quotientCents: bracket.minCents ?? 0,
      bracketId: bracket.id,
      documentId: document.id,
      validatedById: household.user.id,
    },
  });
}

/** Books `household`'s member, or the given people, into a session. */
export function bookPeople(
  household: { actor: { userId: string; memberId: string; householdId: string } },
  sessionId: string,
  participantIds: string[] = [household.actor.memberId],
) {
  return createBooking(household.actor, { sessionId, participantIds });
}

/** Reads a booking as it is now in the database. */
export function findBooking(id: string) {
  return db.booking.findUniqueOrThrow({ where: { id } });
}
