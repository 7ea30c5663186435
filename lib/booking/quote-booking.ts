import type { MemberActor } from "@/lib/auth/guards";
import {
  categoryPriceCents,
  checkParticipant,
  describeRefusal,
  type EligibilityContext,
  type EligibilityRule,
  type EligibilitySession,
  type HouseholdPerson,
} from "@/lib/booking/eligibility";
import {
  hasActiveMembership,
  loadBookedPersonIds,
  loadHouseholdPeople,
} from "@/lib/booking/household-people";
import { splitPrice, sumPrices, type PriceSplit } from "@/lib/booking/pricing";
import type { BookingRequest } from "@/lib/booking/schemas";
import { bookingTranslator } from "@/lib/booking/translators";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OfferStatus, ParticipantCategory } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n";
import { getHouseholdBracket } from "@/lib/quotient/household-bracket";

export type QuoteRefusal = { rule: EligibilityRule; message: string };

export type QuoteLine = PriceSplit & {
  personId: string;
  /** Whether `personId` is a Member.id or a Dependant.id. */
  personKind: HouseholdPerson["kind"];
  birthDate: Date;
  firstName: string;
  lastName: string;
  category: ParticipantCategory;
  ageOnStart: number;
  refusals: QuoteRefusal[];
};

export type QuoteOutcome = "CONFIRMED" | "WAITING" | "PENDING";

export type QuoteOptions = {
  now?: Date;
  /** Staff at the office may book outside the booking window (never above capacity). */
  ignoreBookingWindow?: boolean;
};

type QuoteActor = MemberActor | { householdId: string; memberId: string };

/** The household's side of a quote for one year: the people picked, bracket and membership. */
export type HouseholdFacts = {
  year: number;
  participants: HouseholdPerson[];
  bracket: { position: number; label: string; isDefault: boolean };
  membershipActive: boolean;
};

/**
 * Loads the people picked, the household's bracket and the member's
 * membership for `year`. Raises `not_found` for a person outside the
 * household and `bracket_grid_missing` when `year` has no quotient grid.
 */
export async function loadHouseholdFacts(
  client: DbClient,
  actor: QuoteActor,
  participantIds: string[],
  year: number,
): Promise<HouseholdFacts> {
  const [people, householdBracket, membershipActive] = await Promise.all([
    loadHouseholdPeople(client, actor.householdId),
    getHouseholdBracket(client, actor.householdId, year),
    hasActiveMembership(client, actor.memberId, year),
  ]);
  const participants = participantIds.map((personId) => {
    const person = people.find((candidate) => candidate.id === personId);
    if (!person) throw new DomainError("not_found", { field: "participantIds" });
    return person;
  });
  if (!householdBracket) throw new DomainError("bracket_grid_missing", { params: { year } });
  const { bracket, isDefault } = householdBracket;
  return {
    year,
    participants,
    bracket: { position: bracket.position, label: bracket.label, isDefault },
    membershipActive,
  };
}

/**
 * Prices a booking request and checks every participant, without writing
 * anything. `outcome` is what createBooking would do with the places free
 * now. Raises `not_found` for an unknown session or a person outside the
 * household, and `bracket_grid_missing` when the session's year has no
 * quotient grid.
 */
export async function quoteBooking(
  client: DbClient,
  actor: QuoteActor,
  input: BookingRequest,
  options: QuoteOptions = {},
) {
  const session = await client.offerSession.findUnique({
    where: { id: input.sessionId },
    select: { startDate: true },
  });
  if (!session) throw new DomainError("not_found");
  const year = session.startDate.getUTCFullYear();
  const facts = await loadHouseholdFacts(client, actor, input.participantIds, year);
  return quoteWithFacts(client, actor, facts, input, options);
}

/**
 * Finishes a quote from household facts loaded earlier, reading the
 * session, its offer and the people already booked now. createBooking
 * loads the facts before it locks the session and calls this under the
 * lock, so the lock is held for fewer queries.
 */
export async function quoteWithFacts(
  client: DbClient,
  actor: QuoteActor,
  loadedFacts: HouseholdFacts,
  input: BookingRequest,
  options: QuoteOptions = {},
) {
  const now = options.now ?? new Date();
  const [session, bookedPersonIds, t] = await Promise.all([
    client.offerSession.findUnique({
      where: { id: input.sessionId },
      include: { offer: { include: { subsidies: true } } },
    }),
    loadBookedPersonIds(client, input.sessionId, input.participantIds),
    bookingTranslator("bookingRules"),
  ]);
  if (!session) throw new DomainError("not_found");
  const { offer, ...sessionFields } = session;

  // Staff may have moved the session to another year since the facts were loaded.
  const year = session.startDate.getUTCFullYear();
  const facts =
    year === loadedFacts.year
      ? loadedFacts
      : await loadHouseholdFacts(client, actor, input.participantIds, year);

  const subsidy = offer.subsidies.find((row) => row.bracketPosition === facts.bracket.position);
  const subsidyRule = {
    kind: offer.subsidyKind,
    value: subsidy?.value ?? null,
    capCents: offer.subsidyCapCents,
  };
  const context: EligibilityContext = {
    session: eligibilitySession(session, offer.status),
    now,
    membershipActive: facts.membershipActive,
    bookedPersonIds,
    ignoreBookingWindow: options.ignoreBookingWindow ?? false,
  };
  const lines: QuoteLine[] = facts.participants.map((person) =>
    quoteLine(t, person, context, subsidyRule),
  );

  const placesLeft = Math.max(
    session.capacity - session.confirmedPlaces - session.offeredPlaces,
    0,
  );
  let outcome: QuoteOutcome = "PENDING";
  if (session.mode === "FIRST_COME") {
    outcome = placesLeft >= lines.length ? "CONFIRMED" : "WAITING";
  }

  const { subsidies: _subsidies, ...offerFields } = offer;
  return {
    session: sessionFields,
    offer: offerFields,
    bracket: facts.bracket,
    lines,
    totals: sumPrices(lines),
    outcome,
    placesLeft,
  };
}

export type BookingQuote = Awaited<ReturnType<typeof quoteBooking>>;

function quoteLine(
  t: Translate,
  person: HouseholdPerson,
  context: EligibilityContext,
  subsidyRule: Parameters<typeof splitPrice>[1],
): QuoteLine {
  const check = checkParticipant(person, context);
  const priceCents = categoryPriceCents(context.session, check.category);
  // A person whose category has no price is refused; their line shows zero.
  const split = splitPrice(priceCents ?? 0, subsidyRule);
  return {
    personId: person.id,
    personKind: person.kind,
    birthDate: person.birthDate,
    firstName: person.firstName,
    lastName: person.lastName,
    category: check.category,
    ageOnStart: check.ageOnStart,
    ...split,
    refusals: check.refusals.map((refusal) => ({
      rule: refusal.rule,
      message: describeRefusal(t, person, refusal),
    })),
  };
}

/** The session fields the eligibility rules read. */
export type BookableSession = Omit<EligibilitySession, "offerStatus"> & {
  id: string;
  offer: { status: OfferStatus };
};

function eligibilitySession(
  session: Omit<EligibilitySession, "offerStatus">,
  offerStatus: OfferStatus,
): EligibilitySession {
  return {
    startDate: session.startDate,
    audience: session.audience,
    minAge: session.minAge,
    maxAge: session.maxAge,
    adultPriceCents: session.adultPriceCents,
    childPriceCents: session.childPriceCents,
    bookingOpensAt: session.bookingOpensAt,
    bookingClosesAt: session.bookingClosesAt,
    cancelledAt: session.cancelledAt,
    offerStatus,
  };
}

/**
 * Lists every current person of the household (archived dependants left
 * out) with their category, age on the first day and refusals for the
 * session, so the booking form can show why someone cannot be picked.
 * `memberId` is the member who books; by default the household's first
 * member.
 */
export async function listBookableParticipants(
  client: DbClient,
  householdId: string,
  session: BookableSession,
  options: { memberId?: string; now?: Date; ignoreBookingWindow?: boolean } = {},
) {
  const people = (await loadHouseholdPeople(client, householdId)).filter(
    (person) => !person.archivedAt,
  );
  const memberId = options.memberId ?? people.find((person) => person.kind === "MEMBER")?.id;
  const year = session.startDate.getUTCFullYear();
  const [membershipActive, bookedPersonIds, t] = await Promise.all([
    memberId ? hasActiveMembership(client, memberId, year) : false,
    loadBookedPersonIds(
      client,
      session.id,
      people.map((person) => person.id),
    ),
    bookingTranslator("bookingRules"),
  ]);
  const context: EligibilityContext = {
    session: eligibilitySession(session, session.offer.status),
    now: options.now ?? new Date(),
    membershipActive,
    bookedPersonIds,
    ignoreBookingWindow: options.ignoreBookingWindow ?? false,
  };
  return people.map((person) => {
    const check = checkParticipant(person, context);
    return {
      personId: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      category: check.category,
      ageOnStart: check.ageOnStart,
      publicPriceCents: categoryPriceCents(context.session, check.category),
      refusals: check.refusals.map((refusal) => ({
        rule: refusal.rule,
        message: describeRefusal(t, person, refusal),
      })),
    };
  });
}
