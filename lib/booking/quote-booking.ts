import type { MemberActor } from "@/lib/auth/guards";
import {
  categoryPriceCents,
  checkParticipant,
  describeRefusal,
  type EligibilityContext,
  type EligibilityRule,
  eligibilitySession,
  type HouseholdPerson,
} from "@/lib/booking/eligibility";
import { type HouseholdFacts, loadHouseholdFacts } from "@/lib/booking/household-facts";
import { loadBookedPersonIds } from "@/lib/booking/household-people";
import { splitPrice, sumPrices, type PriceSplit } from "@/lib/booking/pricing";
import type { BookingRequest } from "@/lib/booking/schemas";
import { bookingTranslator } from "@/lib/booking/translators";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ParticipantCategory } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n";

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

/** A session with its offer and subsidy rows, as a quote reads it. */
export type QuoteSession = NonNullable<Awaited<ReturnType<typeof loadQuoteSession>>>;

/** Loads a session with its offer and subsidies. Raises `not_found` when it does not exist. */
export async function loadQuoteSession(client: DbClient, sessionId: string) {
  const session = await client.offerSession.findUnique({
    where: { id: sessionId },
    include: { offer: { include: { subsidies: true } } },
  });
  if (!session) throw new DomainError("not_found");
  return session;
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
  const session = await loadQuoteSession(client, input.sessionId);
  const [facts, bookedPersonIds, t] = await Promise.all([
    loadHouseholdFacts(client, actor, input.participantIds, session.id),
    loadBookedPersonIds(client, session.id, input.participantIds),
    bookingTranslator("bookingRules"),
  ]);
  return buildQuote(t, session, facts, bookedPersonIds, options);
}

/**
 * Builds a quote from loaded facts, with no I/O. createBooking loads the
 * household before it locks the session, then calls this under the lock
 * with the session read there.
 */
export function buildQuote(
  t: Translate,
  session: QuoteSession,
  facts: HouseholdFacts,
  bookedPersonIds: ReadonlySet<string>,
  options: QuoteOptions = {},
) {
  const { offer, ...sessionFields } = session;
  const subsidy = offer.subsidies.find((row) => row.bracketPosition === facts.bracket.position);
  const subsidyRule = {
    kind: offer.subsidyKind,
    value: subsidy?.value ?? null,
    capCents: offer.subsidyCapCents,
  };
  const context: EligibilityContext = {
    session: eligibilitySession(session, offer),
    now: options.now ?? new Date(),
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
  // Free places can remain while a larger family waits (it is skipped until
  // enough are free), and a newcomer who fits takes them, like a smaller
  // family further down the waiting list would.
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
  // A person whose category has no price is refused, so their line shows zero.
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

export { type HouseholdFacts, loadHouseholdFacts } from "@/lib/booking/household-facts";
export {
  listBookableParticipants,
  type BookableSession,
} from "@/lib/booking/bookable-participants";
