import { recordAudit } from "@/lib/audit";
import type { MemberActor, StaffActor } from "@/lib/auth/guards";
import { queueBookingEmail } from "@/lib/booking/emails";
import { lockQuoteSession } from "@/lib/booking/lock-quote-session";
import { readArrivalClock } from "@/lib/booking/lock-session";
import { loadBookedPersonIds } from "@/lib/booking/household-people";
import { buildQuote, loadHouseholdFacts } from "@/lib/booking/quote-booking";
import { generateBookingReference } from "@/lib/booking/reference";
import { formatEuros } from "@/lib/catalogue/format";
import {
  bookingRequestSchema,
  officeBookingSchema,
  type BookingRequest,
} from "@/lib/booking/schemas";
import { recordHoldDeadline, runBookingTransaction } from "@/lib/booking/transaction";
import { holdDeadline } from "@/lib/payments/hold";
import { bookingTranslator } from "@/lib/booking/translators";
import { db, type DbClient } from "@/lib/db";
import { uniqueViolationFields } from "@/lib/db/unique-violation";
import { DomainError } from "@/lib/errors";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { loadReviewer } from "@/lib/staff/actor";
import { canManageOffers } from "@/lib/staff/sectors";

export type CreatedBooking = {
  id: string;
  reference: string;
  status: BookingStatus;
  /** End of the unpaid hold on the booking's places, or null when nothing is held. */
  holdExpiresAt: Date | null;
};

// Two references collide with a probability of about 1 in 34 billion, so a
// retry is rarely needed. The limit stops the loop if the generator broke.
const REFERENCE_ATTEMPTS = 3;

/**
 * Books a session for people of the member's household. FIRST_COME
 * sessions confirm the booking while places remain and put it on the
 * waiting list otherwise; PRE_REGISTRATION and CAMPAIGN sessions record a
 * PENDING request for staff. Raises `booking_ineligible` with every
 * refusal's message when a participant may not take part, and
 * `booking_exceeds_capacity` for more participants than the session holds.
 */
export async function createBooking(
  actor: MemberActor,
  input: BookingRequest,
): Promise<CreatedBooking> {
  const request = bookingRequestSchema.parse(input);
  return placeBooking({
    householdId: actor.householdId,
    memberId: actor.memberId,
    createdById: actor.userId,
    request,
    ignoreBookingWindow: false,
    holdsUnpaidPlaces: true,
  });
}

/**
 * Books a session for a household at the office. Staff may book outside
 * the booking window but never above capacity. Raises `not_found` unless
 * the actor manages this kind of offer.
 */
export async function createOfficeBooking(
  actor: StaffActor,
  input: BookingRequest & { householdId: string },
): Promise<CreatedBooking> {
  const request = officeBookingSchema.parse(input);
  const staff = await loadReviewer(db, actor);
  const session = await db.offerSession.findUnique({
    where: { id: request.sessionId },
    select: { offer: { select: { kind: true } } },
  });
  if (!session || !canManageOffers(staff, session.offer.kind)) throw new DomainError("not_found");

  const member = await db.member.findFirst({
    where: { householdId: request.householdId },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!member) throw new DomainError("not_found", { field: "householdId" });

  return placeBooking({
    householdId: request.householdId,
    memberId: member.id,
    createdById: staff.userId,
    request,
    ignoreBookingWindow: true,
    holdsUnpaidPlaces: false,
  });
}

type Placement = {
  householdId: string;
  memberId: string;
  createdById: string;
  request: BookingRequest;
  ignoreBookingWindow: boolean;
  /** Online bookings hold unpaid places for a while; staff take payment at the office. */
  holdsUnpaidPlaces: boolean;
};

async function placeBooking(placement: Placement): Promise<CreatedBooking> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runBookingTransaction((tx) => insertBooking(tx, placement));
    } catch (error) {
      const fields = uniqueViolationFields(error);
      const referenceTaken = fields?.some((field) => field.includes("reference")) ?? false;
      if (!referenceTaken || attempt >= REFERENCE_ATTEMPTS) throw error;
    }
  }
}

async function insertBooking(tx: DbClient, placement: Placement): Promise<CreatedBooking> {
  const { request } = placement;
  // The household is read before the lock, so the lock is held for as few
  // statements as possible.
  const [facts, t] = await Promise.all([
    loadHouseholdFacts(tx, placement, request.participantIds, request.sessionId),
    bookingTranslator("bookingRules"),
  ]);

  // From here to the commit, bookings of this session run one at a time.
  const session = await lockQuoteSession(tx, request.sessionId);
  const { lockedAt, waitingBookings } = await readArrivalClock(tx, session.id);
  const bookedPersonIds = await loadBookedPersonIds(tx, session.id, request.participantIds);
  const quote = buildQuote(t, session, facts, bookedPersonIds, {
    now: lockedAt,
    ignoreBookingWindow: placement.ignoreBookingWindow,
  });

  const refusals = quote.lines.flatMap((line) => line.refusals.map((refusal) => refusal.message));
  if (refusals.length > 0) {
    throw new DomainError("booking_ineligible", {
      field: "participantIds",
      params: { details: refusals.join(" ") },
    });
  }
  // The member confirms the amount the form showed. Staff may have changed a
  // price or the subsidy since, so a changed share stops the booking.
  const expected = request.expectedMemberShareCents;
  if (expected !== undefined && expected !== quote.totals.memberShareCents) {
    throw new DomainError("booking_price_changed", {
      field: "participantIds",
      params: { amount: formatEuros(quote.totals.memberShareCents) },
    });
  }
  // A booking for more people than the capacity could never be confirmed.
  if (quote.lines.length > quote.session.capacity) {
    throw new DomainError("booking_exceeds_capacity", {
      field: "participantIds",
      params: { capacity: quote.session.capacity, places: quote.lines.length },
    });
  }

  const status: BookingStatus = quote.outcome;
  const places = quote.lines.length;
  const holdExpiresAt =
    status === "CONFIRMED" && placement.holdsUnpaidPlaces
      ? holdDeadline("online", {
          memberShareCents: quote.totals.memberShareCents,
          startDate: quote.session.startDate,
          now: lockedAt,
        })
      : null;
  recordHoldDeadline(holdExpiresAt);
  const booking = await tx.booking.create({
    data: {
      reference: generateBookingReference(quote.session.startDate.getUTCFullYear()),
      sessionId: quote.session.id,
      householdId: placement.householdId,
      memberId: placement.memberId,
      createdById: placement.createdById,
      status,
      places,
      queuedAt: lockedAt,
      holdExpiresAt,
      bracketPosition: quote.bracket.position,
      ...quote.totals,
    },
    select: { id: true, reference: true, status: true, holdExpiresAt: true },
  });
  // createMany writes every participant in one INSERT, where a nested
  // create would add a statement to read the booking back.
  await tx.bookingParticipant.createMany({
    data: quote.lines.map((line) => ({
      bookingId: booking.id,
      sessionId: quote.session.id,
      memberId: line.personKind === "MEMBER" ? line.personId : null,
      dependantId: line.personKind === "DEPENDANT" ? line.personId : null,
      category: line.category,
      firstName: line.firstName,
      lastName: line.lastName,
      birthDate: line.birthDate,
      publicPriceCents: line.publicPriceCents,
      subsidyCents: line.subsidyCents,
      memberShareCents: line.memberShareCents,
    })),
  });

  if (status === "CONFIRMED") {
    await tx.offerSession.update({
      where: { id: quote.session.id },
      data: { confirmedPlaces: { increment: places } },
    });
  }

  await recordAudit(tx, {
    action: "booking.created",
    actorId: placement.createdById,
    entityType: "Booking",
    entityId: booking.id,
    householdId: placement.householdId,
    after: {
      reference: booking.reference,
      sessionId: quote.session.id,
      status,
      places,
      participantIds: request.participantIds,
      bracketPosition: quote.bracket.position,
      ...quote.totals,
    },
  });

  const emailFacts = {
    ...quote.totals,
    reference: booking.reference,
    memberId: placement.memberId,
    places,
    holdExpiresAt,
    session: { ...quote.session, offer: quote.offer },
  };
  const emailKeys = { CONFIRMED: "confirmed", WAITING: "waiting", PENDING: "pending" } as const;
  const emailKey = emailKeys[quote.outcome];
  const rank = status === "WAITING" ? waitingBookings + 1 : 0;
  await queueBookingEmail(tx, emailFacts, emailKey, { rank }, facts.recipient);

  return booking;
}
