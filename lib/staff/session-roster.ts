import type { StaffActor } from "@/lib/auth/guards";
import { memberContactSelect } from "@/lib/booking/queries";
import { ageOn } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { BookingStatus, ParticipantCategory } from "@/lib/generated/prisma/enums";
import { loadReviewer } from "@/lib/staff/actor";
import { canManageOffers } from "@/lib/staff/sectors";

/** Groups of the participants list, in the order the page shows them. */
export const ROSTER_GROUPS = ["confirmed", "offered", "waiting", "pending", "closed"] as const;
export type RosterGroup = (typeof ROSTER_GROUPS)[number];

const GROUP_OF_STATUS: Record<BookingStatus, RosterGroup> = {
  CONFIRMED: "confirmed",
  OFFERED: "offered",
  WAITING: "waiting",
  PENDING: "pending",
  REFUSED: "closed",
  CANCELLED: "closed",
  EXPIRED: "closed",
};

export type RosterParticipant = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: Date;
  /** Age in whole years on the session's first day. */
  ageOnStart: number;
  category: ParticipantCategory;
  publicPriceCents: number;
  subsidyCents: number;
  memberShareCents: number;
};

export type RosterBooking = {
  id: string;
  reference: string;
  status: BookingStatus;
  places: number;
  createdAt: Date;
  queuedAt: Date | null;
  offerExpiresAt: Date | null;
  /** End of the hold on places kept until payment, also kept after the hold ran out. */
  holdExpiresAt: Date | null;
  /** 1-based position on the waiting list, or null outside it. */
  waitingRank: number | null;
  refusalReason: string | null;
  household: { id: string; names: string; communeName: string };
  member: {
    firstName: string;
    lastName: string;
    employeeNumber: string;
    phone: string | null;
    email: string;
  };
  publicPriceCents: number;
  subsidyCents: number;
  memberShareCents: number;
  participants: RosterParticipant[];
};

/**
 * Loads a session's bookings for the staff participants list, grouped by
 * status: confirmed, offered, waiting (in queue order, ranked), pending
 * (oldest first), then refused, cancelled and expired. Dependants' notes
 * are not loaded, so health details never reach the list or its exports.
 * Raises `not_found` for an unknown session or one whose kind of offer
 * the actor does not manage.
 */
export async function getSessionRoster(actor: StaffActor, sessionId: string) {
  const staff = await loadReviewer(db, actor);
  const session = await db.offerSession.findUnique({
    where: { id: sessionId },
    include: { offer: { select: { id: true, title: true, kind: true, slug: true } } },
  });
  if (!session || !canManageOffers(staff, session.offer.kind)) throw new DomainError("not_found");

  const bookings = await db.booking.findMany({
    where: { sessionId },
    orderBy: [{ queuedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    include: {
      participants: { orderBy: [{ category: "asc" }, { birthDate: "asc" }] },
      member: { select: memberContactSelect },
      household: {
        select: {
          id: true,
          communeName: true,
          members: { select: { firstName: true, lastName: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });

  const groups = Object.fromEntries(
    ROSTER_GROUPS.map((group) => [group, [] as RosterBooking[]]),
  ) as Record<RosterGroup, RosterBooking[]>;
  for (const booking of bookings) {
    const group = GROUP_OF_STATUS[booking.status];
    groups[group].push({
      id: booking.id,
      reference: booking.reference,
      status: booking.status,
      places: booking.places,
      createdAt: booking.createdAt,
      queuedAt: booking.queuedAt,
      offerExpiresAt: booking.offerExpiresAt,
      holdExpiresAt: booking.holdExpiresAt,
      waitingRank: group === "waiting" ? groups.waiting.length + 1 : null,
      refusalReason: booking.refusalReason,
      household: {
        id: booking.household.id,
        communeName: booking.household.communeName,
        names: booking.household.members
          .map((member) => `${member.firstName} ${member.lastName}`)
          .join(", "),
      },
      member: {
        firstName: booking.member.firstName,
        lastName: booking.member.lastName,
        employeeNumber: booking.member.employeeNumber,
        phone: booking.member.phone,
        email: booking.member.user.email,
      },
      publicPriceCents: booking.publicPriceCents,
      subsidyCents: booking.subsidyCents,
      memberShareCents: booking.memberShareCents,
      participants: booking.participants.map((participant) => ({
        id: participant.id,
        firstName: participant.firstName,
        lastName: participant.lastName,
        birthDate: participant.birthDate,
        ageOnStart: ageOn(participant.birthDate, session.startDate),
        category: participant.category,
        publicPriceCents: participant.publicPriceCents,
        subsidyCents: participant.subsidyCents,
        memberShareCents: participant.memberShareCents,
      })),
    });
  }
  // Pending requests are decided in arrival order, which createdAt records.
  groups.pending.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  const placesOf = (group: RosterGroup) =>
    groups[group].reduce((sum, booking) => sum + booking.places, 0);
  const { offer, ...sessionFields } = session;
  return {
    session: sessionFields,
    offer,
    places: {
      capacity: session.capacity,
      confirmed: session.confirmedPlaces,
      offered: session.offeredPlaces,
      waiting: placesOf("waiting"),
      pending: placesOf("pending"),
      left: Math.max(0, session.capacity - session.confirmedPlaces - session.offeredPlaces),
    },
    groups,
  };
}

export type SessionRoster = Awaited<ReturnType<typeof getSessionRoster>>;
