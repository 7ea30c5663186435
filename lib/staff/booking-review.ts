import type { StaffActor } from "@/lib/auth/guards";
import { getBookingForStaff } from "@/lib/booking/queries";
import { ageOn } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { loadReviewer } from "@/lib/staff/actor";
import { canManageOffers } from "@/lib/staff/sectors";

/** Statuses that an action's label already names ("Réservation annulée"). */
const STATUS_NAMED_BY_ACTION: Record<string, BookingStatus> = {
  "booking.refused": "REFUSED",
  "booking.waitlisted": "WAITING",
  "booking.offered": "OFFERED",
  "booking.cancelled": "CANCELLED",
  "booking.hold_expired": "EXPIRED",
};

/**
 * Returns the status a history step reached, or null when there is none or
 * the action's label already names it, so a step does not read
 * "Réservation annulée → Annulée".
 */
export function statusNotNamedBy(action: string, status: BookingStatus | null) {
  return status && STATUS_NAMED_BY_ACTION[action] !== status ? status : null;
}

/** Returns a reason typed by staff, or null for a code such as `late_card_payment` that the action names. */
function typedReason(reason: string | null) {
  return reason && !/^[a-z_.]+$/.test(reason) ? reason : null;
}

/** One step of a booking's status history, read from its audit entries. */
export type BookingHistoryStep = {
  id: string;
  /** Audit action, such as `booking.approved`. */
  action: string;
  createdAt: Date;
  /** Display name of the staff member or member who acted, or null for the system. */
  actorName: string | null;
  status: BookingStatus | null;
  /** Reason of a refusal or of a cancellation by staff. */
  reason: string | null;
  offerExpiresAt: string | null;
};

/**
 * Loads a booking for the staff decision page: the booking with its
 * session, offer, member and participants (each with their age on the
 * first day), the household with its members, and the status history,
 * oldest first. Raises `not_found` for an unknown booking or one whose
 * kind of offer the actor does not manage.
 */
export async function getBookingForReview(actor: StaffActor, bookingId: string) {
  const staff = await loadReviewer(db, actor);
  const booking = await getBookingForStaff(db, bookingId);
  if (!booking || !canManageOffers(staff, booking.session.offer.kind)) {
    throw new DomainError("not_found");
  }

  const [household, entries] = await Promise.all([
    db.household.findUniqueOrThrow({
      where: { id: booking.householdId },
      select: {
        id: true,
        addressLine1: true,
        addressLine2: true,
        postalCode: true,
        communeName: true,
        members: {
          select: { id: true, firstName: true, lastName: true, employeeNumber: true },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
    db.auditEntry.findMany({
      where: { entityType: "Booking", entityId: bookingId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { actor: { select: { displayName: true } } },
    }),
  ]);

  const history: BookingHistoryStep[] = entries.map((entry) => {
    const after = asRecord(entry.after);
    return {
      id: entry.id,
      action: entry.action,
      createdAt: entry.createdAt,
      actorName: entry.actor?.displayName ?? null,
      status: (stringField(after, "status") as BookingStatus | null) ?? null,
      reason: typedReason(stringField(after, "refusalReason") ?? stringField(after, "reason")),
      offerExpiresAt: stringField(after, "offerExpiresAt"),
    };
  });
  const participants = booking.participants.map((participant) => ({
    ...participant,
    ageOnStart: ageOn(participant.birthDate, booking.session.startDate),
  }));

  return { booking: { ...booking, participants }, household, history };
}

export type BookingReview = Awaited<ReturnType<typeof getBookingForReview>>;

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function stringField(record: Record<string, unknown>, field: string) {
  const value = record[field];
  return typeof value === "string" && value !== "" ? value : null;
}
