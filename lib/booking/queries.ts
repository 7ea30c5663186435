// Reads of bookings for the member space and the back office. Sector checks
// on the staff side are the caller's (canManageOffers on the offer's kind).
import { isBeforeCancellationDeadline } from "@/lib/booking/cancel-booking";
import { ACTIVE_BOOKING_STATUSES } from "@/lib/booking/household-people";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// A participant's identity and price split, as the booking pages and lists show them.
const participantSelect = {
  id: true,
  memberId: true,
  dependantId: true,
  category: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  publicPriceCents: true,
  subsidyCents: true,
  memberShareCents: true,
} satisfies Prisma.BookingParticipantSelect;

/** A booking member's name, employee number and contact, as the back office shows them. */
export const memberContactSelect = {
  firstName: true,
  lastName: true,
  employeeNumber: true,
  phone: true,
  user: { select: { email: true } },
} satisfies Prisma.MemberSelect;

const householdBookingInclude = {
  session: {
    select: {
      id: true,
      label: true,
      startDate: true,
      endDate: true,
      mode: true,
      cancellationDeadline: true,
      cancelledAt: true,
      offer: { select: { id: true, slug: true, title: true, kind: true, placeLabel: true } },
    },
  },
  participants: {
    select: participantSelect,
    orderBy: [{ category: "asc" }, { birthDate: "asc" }],
  },
} satisfies Prisma.BookingInclude;

type HouseholdBookingRow = Prisma.BookingGetPayload<{ include: typeof householdBookingInclude }>;

/**
 * Lists the household's bookings, newest first, with their session and
 * offer, participants and amounts. Each has its rank on the waiting list
 * (WAITING only) and whether the member may still cancel it online.
 */
export async function listHouseholdBookings(client: DbClient, householdId: string) {
  const bookings = await client.booking.findMany({
    where: { householdId },
    include: householdBookingInclude,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const now = new Date();
  return Promise.all(bookings.map((booking) => withMemberView(client, booking, now)));
}

/** Returns one booking of the household as listHouseholdBookings does, or null if not theirs. */
export async function getHouseholdBooking(
  client: DbClient,
  householdId: string,
  bookingId: string,
) {
  const booking = await client.booking.findFirst({
    where: { id: bookingId, householdId },
    include: householdBookingInclude,
  });
  return booking ? withMemberView(client, booking, new Date()) : null;
}

export type HouseholdBooking = Awaited<ReturnType<typeof withMemberView>>;

async function withMemberView(client: DbClient, booking: HouseholdBookingRow, now: Date) {
  const active: readonly string[] = ACTIVE_BOOKING_STATUSES;
  return {
    ...booking,
    waitingRank: await rankOf(client, booking),
    canCancel:
      active.includes(booking.status) &&
      isBeforeCancellationDeadline(booking.session.cancellationDeadline, now),
  };
}

/** Returns the 1-based rank of a WAITING booking in its session, or null for other statuses. */
async function rankOf(
  client: DbClient,
  booking: { sessionId: string; status: string; queuedAt: Date | null },
) {
  if (booking.status !== "WAITING" || !booking.queuedAt) return null;
  const ahead = await client.booking.count({
    where: { sessionId: booking.sessionId, status: "WAITING", queuedAt: { lt: booking.queuedAt } },
  });
  return ahead + 1;
}

/**
 * Returns a booking with its household, member, participants, session and
 * offer for the back office, or null when it does not exist. The caller
 * must check canManageOffers(actor, booking.session.offer.kind) and raise
 * `not_found` otherwise.
 */
export async function getBookingForStaff(client: DbClient, bookingId: string) {
  const booking = await client.booking.findUnique({
    where: { id: bookingId },
    include: {
      ...householdBookingInclude,
      session: {
        include: { offer: { select: { id: true, slug: true, title: true, kind: true } } },
      },
      member: { select: { id: true, ...memberContactSelect } },
      household: {
        select: { id: true, addressLine1: true, postalCode: true, communeName: true },
      },
    },
  });
  if (!booking) return null;
  return { ...booking, waitingRank: await rankOf(client, booking) };
}

/**
 * Lists the people in the session's PENDING, CONFIRMED, WAITING and OFFERED
 * bookings, by last name then first name, each with their booking's
 * reference, status and member contact.
 */
export async function listSessionParticipants(client: DbClient, sessionId: string) {
  return client.bookingParticipant.findMany({
    where: { sessionId, booking: { status: { in: [...ACTIVE_BOOKING_STATUSES] } } },
    select: {
      ...participantSelect,
      booking: {
        select: {
          id: true,
          reference: true,
          status: true,
          queuedAt: true,
          createdAt: true,
          member: {
            select: {
              firstName: true,
              lastName: true,
              phone: true,
              user: { select: { email: true } },
            },
          },
        },
      },
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
  });
}
