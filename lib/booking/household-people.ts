import type { DbClient } from "@/lib/db";
import type { HouseholdPerson } from "@/lib/booking/eligibility";

/** Booking statuses that hold or wait for places: a person may be in one of them per session. */
export const ACTIVE_BOOKING_STATUSES = ["PENDING", "CONFIRMED", "WAITING", "OFFERED"] as const;

/** Loads the household's members and dependants, archived ones included, members first. */
export async function loadHouseholdPeople(
  client: DbClient,
  householdId: string,
): Promise<HouseholdPerson[]> {
  const [members, dependants] = await Promise.all([
    client.member.findMany({
      where: { householdId },
      select: { id: true, firstName: true, lastName: true, birthDate: true },
      orderBy: { createdAt: "asc" },
    }),
    client.dependant.findMany({
      where: { householdId },
      select: {
        id: true,
        relation: true,
        firstName: true,
        lastName: true,
        birthDate: true,
        status: true,
        archivedAt: true,
      },
      orderBy: [{ relation: "asc" }, { birthDate: "asc" }],
    }),
  ]);
  return [
    ...members.map((member) => ({
      ...member,
      kind: "MEMBER" as const,
      relation: null,
      reviewStatus: null,
      archivedAt: null,
    })),
    ...dependants.map(({ status, ...dependant }) => ({
      ...dependant,
      kind: "DEPENDANT" as const,
      reviewStatus: status,
    })),
  ];
}

/** Returns whether the member's membership for `year` is ACTIVE. */
export async function hasActiveMembership(client: DbClient, memberId: string, year: number) {
  const membership = await client.membership.findUnique({
    where: { memberId_year: { memberId, year } },
    select: { status: true },
  });
  return membership?.status === "ACTIVE";
}

/** Returns which of `personIds` are already in an active booking of the session. */
export async function loadBookedPersonIds(
  client: DbClient,
  sessionId: string,
  personIds: string[],
) {
  const participants = await client.bookingParticipant.findMany({
    where: {
      sessionId,
      OR: [{ memberId: { in: personIds } }, { dependantId: { in: personIds } }],
      booking: { status: { in: [...ACTIVE_BOOKING_STATUSES] } },
    },
    select: { memberId: true, dependantId: true },
  });
  const ids = new Set<string>();
  for (const participant of participants) {
    const personId = participant.memberId ?? participant.dependantId;
    if (personId) ids.add(personId);
  }
  return ids;
}
