import type { BookingRecipient } from "@/lib/booking/emails";
import type { HouseholdPerson } from "@/lib/booking/eligibility";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { householdBracketOf } from "@/lib/quotient/household-bracket";

/** The household's side of a quote for one year: the people picked, bracket and membership. */
export type HouseholdFacts = {
  year: number;
  participants: HouseholdPerson[];
  bracket: { position: number; label: string; isDefault: boolean };
  membershipActive: boolean;
  /** The member's name and address for the booking's e-mail, or null when the account is disabled. */
  recipient: BookingRecipient | null;
};

type FactsActor = { householdId: string; memberId: string };

// JSON values as PostgreSQL's json functions write them: a `date` as
// "YYYY-MM-DD" and a `timestamp` (UTC in this schema) with no zone.
type PersonJson = Omit<HouseholdPerson, "birthDate" | "archivedAt"> & {
  birthDate: string;
  archivedAt: string | null;
};
type BracketJson = {
  id: string;
  position: number;
  label: string;
  minCents: number | null;
  maxCents: number | null;
};
type FactsRow = {
  year: number | null;
  people: PersonJson[] | null;
  membershipStatus: string | null;
  quotient: { bracketId: string; quotientCents: number } | null;
  brackets: BracketJson[] | null;
  recipient: { firstName: string; email: string; disabled: boolean } | null;
};

/**
 * Loads the people picked, the household's bracket and the member's
 * membership for the year of the session's first day, and the e-mail
 * recipient, in one statement because a booking reads them on every
 * request. Raises `not_found` for an unknown session or a person outside
 * the household, and `bracket_grid_missing` when the year has no quotient
 * grid.
 */
export async function loadHouseholdFacts(
  client: DbClient,
  actor: FactsActor,
  participantIds: string[],
  sessionId: string,
): Promise<HouseholdFacts> {
  const [row] = await client.$queryRaw<FactsRow[]>`
    WITH target AS (
      SELECT EXTRACT(YEAR FROM "startDate")::int AS "year"
      FROM "OfferSession" WHERE "id" = ${sessionId}
    )
    SELECT
      (SELECT "year" FROM target) AS "year",
      (SELECT json_agg(person) FROM (
        SELECT "id", 'MEMBER' AS "kind", NULL AS "relation", "firstName", "lastName",
          "birthDate", NULL AS "reviewStatus", NULL AS "archivedAt"
        FROM "Member"
        WHERE "householdId" = ${actor.householdId} AND "id" = ANY(${participantIds}::text[])
        UNION ALL
        SELECT "id", 'DEPENDANT', "relation"::text, "firstName", "lastName",
          "birthDate", "status"::text, "archivedAt"
        FROM "Dependant"
        WHERE "householdId" = ${actor.householdId} AND "id" = ANY(${participantIds}::text[])
      ) AS person) AS "people",
      (SELECT "status"::text FROM "Membership"
        WHERE "memberId" = ${actor.memberId} AND "year" = (SELECT "year" FROM target)
      ) AS "membershipStatus",
      (SELECT json_build_object('bracketId', "bracketId", 'quotientCents', "quotientCents")
        FROM "HouseholdQuotient"
        WHERE "householdId" = ${actor.householdId} AND "year" = (SELECT "year" FROM target)
      ) AS "quotient",
      (SELECT json_agg(bracket ORDER BY bracket."position") FROM (
        SELECT "id", "position", "label", "minCents", "maxCents"
        FROM "QuotientBracket" WHERE "year" = (SELECT "year" FROM target)
      ) AS bracket) AS "brackets",
      (SELECT json_build_object(
          'firstName', member."firstName",
          'email', account."email",
          'disabled', account."disabledAt" IS NOT NULL)
        FROM "Member" AS member JOIN "User" AS account ON account."id" = member."userId"
        WHERE member."id" = ${actor.memberId}) AS "recipient"`;

  if (row.year === null) throw new DomainError("not_found");
  const year = row.year;
  const people = (row.people ?? []).map(toHouseholdPerson);
  const participants = participantIds.map((personId) => {
    const person = people.find((candidate) => candidate.id === personId);
    if (!person) throw new DomainError("not_found", { field: "participantIds" });
    return person;
  });
  if (!row.brackets || row.brackets.length === 0) {
    throw new DomainError("bracket_grid_missing", { params: { year } });
  }
  const { bracket, isDefault } = householdBracketOf(row.brackets, row.quotient);
  const recipient =
    row.recipient && !row.recipient.disabled
      ? { firstName: row.recipient.firstName, email: row.recipient.email }
      : null;
  return {
    year,
    participants,
    bracket: { position: bracket.position, label: bracket.label, isDefault },
    membershipActive: row.membershipStatus === "ACTIVE",
    recipient,
  };
}

function toHouseholdPerson(person: PersonJson): HouseholdPerson {
  return {
    ...person,
    reviewStatus: person.reviewStatus as ReviewStatus | null,
    birthDate: new Date(`${person.birthDate}T00:00:00Z`),
    archivedAt: person.archivedAt === null ? null : new Date(`${person.archivedAt}Z`),
  };
}
