import {
  categoryPriceCents,
  checkParticipant,
  describeRefusal,
  eligibilitySession,
  type EligibilityContext,
  type EligibilitySession,
} from "@/lib/booking/eligibility";
import {
  hasActiveMembership,
  loadBookedPersonIds,
  loadHouseholdPeople,
} from "@/lib/booking/household-people";
import { bookingTranslator } from "@/lib/booking/translators";
import type { DbClient } from "@/lib/db";
import type { OfferKind, OfferStatus } from "@/lib/generated/prisma/enums";

/** The session fields the eligibility rules read. */
export type BookableSession = Omit<EligibilitySession, "offerStatus" | "offerKind"> & {
  id: string;
  offer: { status: OfferStatus; kind: OfferKind };
};

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
    session: eligibilitySession(session, session.offer),
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
