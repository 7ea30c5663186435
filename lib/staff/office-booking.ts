import type { StaffActor } from "@/lib/auth/guards";
import { quoteBooking, listBookableParticipants } from "@/lib/booking/quote-booking";
import { parseCalendarDate, todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadReviewer } from "@/lib/staff/actor";
import { canManageOffers, managedOfferKinds } from "@/lib/staff/sectors";

/** Sessions listed at once in the office booking's session choice. */
export const OFFICE_SESSION_LIMIT = 30;

/**
 * Returns a household with its members, oldest first. Raises `not_found`
 * for an unknown household or one without a member, which cannot book.
 */
export async function findOfficeHousehold(householdId: string) {
  const household = await db.household.findUnique({
    where: { id: householdId },
    select: {
      id: true,
      members: {
        select: { id: true, firstName: true, lastName: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!household || household.members.length === 0) throw new DomainError("not_found");
  return household;
}

/**
 * Lists sessions the actor may book at the office: offers of a kind they
 * manage, published, not cancelled and not finished, soonest first, whose
 * offer title contains `query` (case ignored). Returns at most
 * OFFICE_SESSION_LIMIT sessions and whether more matched.
 */
export async function listOfficeSessions(
  actor: StaffActor,
  input: { query?: string; now?: Date } = {},
) {
  const staff = await loadReviewer(db, actor);
  const kinds = managedOfferKinds(staff);
  if (kinds.length === 0) return { sessions: [], hasMore: false };

  const today = parseCalendarDate(todayInParis(input.now)) ?? new Date();
  const query = input.query?.trim() ?? "";
  const sessions = await db.offerSession.findMany({
    where: {
      cancelledAt: null,
      endDate: { gte: today },
      offer: {
        status: "PUBLISHED",
        kind: { in: kinds },
        ...(query ? { title: { contains: query, mode: "insensitive" } } : {}),
      },
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: OFFICE_SESSION_LIMIT + 1,
    include: { offer: { select: { title: true, kind: true } } },
  });
  return {
    sessions: sessions.slice(0, OFFICE_SESSION_LIMIT),
    hasMore: sessions.length > OFFICE_SESSION_LIMIT,
  };
}

/**
 * Loads what the office booking form needs for one household and session.
 * That is the household, the session with its offer and free places, and
 * every person of the household with the rules they fail. It adds the price
 * split of those who may take part. The booking window is not checked at
 * the office.
 * Raises `not_found` for an unknown household or session, or a session
 * whose kind of offer the actor does not manage.
 */
export async function prepareOfficeBooking(
  actor: StaffActor,
  input: { householdId: string; sessionId: string },
) {
  const staff = await loadReviewer(db, actor);
  const [household, session] = await Promise.all([
    findOfficeHousehold(input.householdId),
    db.offerSession.findUnique({
      where: { id: input.sessionId },
      include: { offer: { select: { id: true, title: true, kind: true, status: true } } },
    }),
  ]);
  if (!session || !canManageOffers(staff, session.offer.kind)) throw new DomainError("not_found");

  // createOfficeBooking books for the household's first member.
  const memberId = household.members[0].id;
  const people = await listBookableParticipants(db, household.id, session, {
    memberId,
    ignoreBookingWindow: true,
  });
  const eligibleIds = people
    .filter((person) => person.refusals.length === 0)
    .map((person) => person.personId);
  const quote =
    eligibleIds.length > 0
      ? await quoteBooking(
          db,
          { householdId: household.id, memberId },
          { sessionId: session.id, participantIds: eligibleIds },
          { ignoreBookingWindow: true },
        )
      : null;

  return {
    household,
    session,
    people,
    quote: quote && { bracket: quote.bracket, lines: quote.lines, placesLeft: quote.placesLeft },
  };
}

export type OfficeBookingForm = Awaited<ReturnType<typeof prepareOfficeBooking>>;
