// Eligibility rules for taking part in a session. Pure functions: no I/O,
// tested with tables of cases.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

import { ageOn, ASSOCIATION_TIME_ZONE, formatCalendarDateFr } from "@/lib/dates";
import type {
  OfferKind,
  OfferStatus,
  ParticipantCategory,
  ReviewStatus,
  SessionAudience,
} from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n";

/** Rule codes of a refusal; each is a key of the `bookingRules` messages. */
export type EligibilityRule =
  | "session_cancelled"
  | "offer_not_published"
  | "booking_not_open"
  | "booking_closed"
  | "membership_inactive"
  | "dependant_not_validated"
  | "dependant_archived"
  | "children_only"
  | "adults_only"
  | "category_not_offered"
  | "too_young"
  | "too_old"
  | "already_booked"
  | "rental_member_only";

/** A member or dependant of the household, as the rules need them. */
export type HouseholdPerson = {
  id: string;
  kind: "MEMBER" | "DEPENDANT";
  /** Null for a member. */
  relation: "SPOUSE" | "CHILD" | null;
  firstName: string;
  lastName: string;
  /** A `date` column value (midnight UTC). */
  birthDate: Date;
  /** Staff review of a dependant; null for a member. */
  reviewStatus: ReviewStatus | null;
  archivedAt: Date | null;
};

export type EligibilitySession = {
  startDate: Date;
  audience: SessionAudience;
  minAge: number | null;
  maxAge: number | null;
  adultPriceCents: number | null;
  childPriceCents: number | null;
  bookingOpensAt: Date;
  bookingClosesAt: Date;
  cancelledAt: Date | null;
  offerStatus: OfferStatus;
  offerKind: OfferKind;
};

export type EligibilityContext = {
  session: EligibilitySession;
  now: Date;
  /** Whether the booking member's membership for the session's year is ACTIVE. */
  membershipActive: boolean;
  /** People already in a PENDING, CONFIRMED, WAITING or OFFERED booking of the session. */
  bookedPersonIds: ReadonlySet<string>;
  /** Staff booking at the office may book outside the booking window. */
  ignoreBookingWindow: boolean;
};

export type Refusal = { rule: EligibilityRule; params: Record<string, string | number> };

export type ParticipantCheck = {
  category: ParticipantCategory;
  ageOnStart: number;
  refusals: Refusal[];
};

/** Picks the fields the rules read from a session row and its offer's status and kind. */
export function eligibilitySession(
  session: Omit<EligibilitySession, "offerStatus" | "offerKind">,
  offer: { status: OfferStatus; kind: OfferKind },
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
    offerStatus: offer.status,
    offerKind: offer.kind,
  };
}

/** Returns a person's category: ADULT for a member or a spouse, CHILD for a child dependant. */
export function participantCategory(person: HouseholdPerson): ParticipantCategory {
  return person.relation === "CHILD" ? "CHILD" : "ADULT";
}

/** Returns the public price of a category in cents, or null when it cannot take part. */
export function categoryPriceCents(session: EligibilitySession, category: ParticipantCategory) {
  return category === "CHILD" ? session.childPriceCents : session.adultPriceCents;
}

/** Returns whether bookings are open at `now`: from `bookingOpensAt` included to `bookingClosesAt` excluded. */
export function isBookingWindowOpen(session: EligibilitySession, now: Date) {
  const time = now.getTime();
  return time >= session.bookingOpensAt.getTime() && time < session.bookingClosesAt.getTime();
}

/** Checks every rule for one person and returns each one that fails, in a stable order. */
export function checkParticipant(
  person: HouseholdPerson,
  context: EligibilityContext,
): ParticipantCheck {
  const { session, now } = context;
  const category = participantCategory(person);
  const ageOnStart = ageOn(person.birthDate, session.startDate);
  const refusals: Refusal[] = [];
  const refuse = (rule: EligibilityRule, params: Refusal["params"] = {}) =>
    refusals.push({ rule, params });

  if (session.cancelledAt) refuse("session_cancelled");
  if (session.offerStatus !== "PUBLISHED") refuse("offer_not_published");
  if (!context.ignoreBookingWindow) {
    if (now.getTime() < session.bookingOpensAt.getTime()) {
      refuse("booking_not_open", { opensAt: formatInstantFr(session.bookingOpensAt) });
    } else if (now.getTime() >= session.bookingClosesAt.getTime()) {
      refuse("booking_closed", { closedAt: formatInstantFr(session.bookingClosesAt) });
    }
  }
  if (!context.membershipActive) {
    refuse("membership_inactive", { year: session.startDate.getUTCFullYear() });
  }
  if (person.kind === "DEPENDANT") {
    if (person.archivedAt) refuse("dependant_archived");
    else if (person.reviewStatus !== "VALIDATED") refuse("dependant_not_validated");
  }

  // A rental is one dwelling for the whole household, booked in the member's
  // name: it takes one place and is priced once.
  if (session.offerKind === "RENTAL" && person.kind !== "MEMBER") refuse("rental_member_only");
  else if (session.audience === "CHILDREN" && category !== "CHILD") refuse("children_only");
  else if (session.audience === "ADULTS" && category !== "ADULT") refuse("adults_only");
  else if (categoryPriceCents(session, category) === null) refuse("category_not_offered");

  const startDate = formatCalendarDateFr(session.startDate);
  if (session.minAge !== null && ageOnStart < session.minAge) {
    refuse("too_young", { age: ageOnStart, minAge: session.minAge, startDate });
  }
  if (session.maxAge !== null && ageOnStart > session.maxAge) {
    refuse("too_old", { age: ageOnStart, maxAge: session.maxAge, startDate });
  }
  if (context.bookedPersonIds.has(person.id)) refuse("already_booked");

  return { category, ageOnStart, refusals };
}

/** Writes a refusal as a French sentence that names the participant. */
export function describeRefusal(t: Translate, person: HouseholdPerson, refusal: Refusal) {
  return t(refusal.rule, { ...refusal.params, name: `${person.firstName} ${person.lastName}` });
}

function formatInstantFr(instant: Date) {
  return format(new TZDate(instant, ASSOCIATION_TIME_ZONE), "dd/MM/yyyy 'à' HH'h'mm");
}
