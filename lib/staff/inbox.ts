import type { StaffActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType, OfferKind, StaffSector } from "@/lib/generated/prisma/enums";
import { loadInboxItems } from "@/lib/staff/inbox-items";
import { DEPENDANT_PROOF_TYPES, MEMBERSHIP_PROOF_TYPES } from "@/lib/staff/proofs";
import {
  canReviewDependant,
  canReviewMembership,
  inboxScopeOfSector,
  INBOX_KINDS,
  managedOfferKinds,
  reviewableDocumentTypes,
  type InboxKind,
} from "@/lib/staff/sectors";

export const INBOX_PAGE_SIZE = 25;

export const INBOX_AGES = ["lt2", "2to7", "gt7"] as const;
/** Age of a request: under 2 days, 2 to 7 days, over 7 days. */
export type InboxAge = (typeof INBOX_AGES)[number];

export type InboxFilters = {
  kind?: InboxKind;
  sector?: StaffSector;
  age?: InboxAge;
  /** 1-based page number. */
  page?: number;
};

type InboxScope = {
  membership: boolean;
  dependant: boolean;
  documentTypes: DocumentType[];
  /** Kinds of offer whose pre-registrations are listed. */
  offerKinds: OfferKind[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Lists the PENDING items the actor may review, oldest first, one page at
 * a time, with the number of items of each kind under the same sector and
 * age filters. Each branch of the query reads the (status, createdAt)
 * index of its table.
 */
export async function listInbox(actor: StaffActor, filters: InboxFilters, now = new Date()) {
  const scope = inboxScope(actor, filters.sector);
  const age = ageCondition(filters.age, now);
  const page = Math.max(1, Math.floor(filters.page ?? 1));

  const branches = branchesOf(scope, age);
  const counts: Record<InboxKind, number> = {
    membership: 0,
    dependant: 0,
    document: 0,
    booking: 0,
  };
  if (branches.length > 0) {
    const rows = await db.$queryRaw<{ kind: InboxKind; count: number }[]>`
      SELECT kind, count(*)::int AS count
      FROM (${Prisma.join(
        branches.map((branch) => branch.sql),
        " UNION ALL ",
      )}) AS items
      GROUP BY kind`;
    for (const row of rows) counts[row.kind] = row.count;
  }

  const selected = branches.filter((branch) => !filters.kind || branch.kind === filters.kind);
  const total = selected.reduce((sum, branch) => sum + counts[branch.kind], 0);
  let refs: { kind: InboxKind; id: string }[] = [];
  if (selected.length > 0 && total > 0) {
    refs = await db.$queryRaw<{ kind: InboxKind; id: string }[]>`
      SELECT kind, id
      FROM (${Prisma.join(
        selected.map((branch) => branch.sql),
        " UNION ALL ",
      )}) AS items
      ORDER BY "createdAt", id
      LIMIT ${INBOX_PAGE_SIZE} OFFSET ${(page - 1) * INBOX_PAGE_SIZE}`;
  }

  return {
    items: await loadInboxItems(refs),
    counts,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
  };
}

/** Returns what the actor reviews, narrowed to one sector's share by a sector filter. */
function inboxScope(actor: StaffActor, sector?: StaffSector): InboxScope {
  const own: InboxScope = {
    membership: canReviewMembership(actor),
    dependant: canReviewDependant(actor),
    documentTypes: reviewableDocumentTypes(actor),
    offerKinds: managedOfferKinds(actor),
  };
  if (!sector) return own;
  const ofSector = inboxScopeOfSector(sector);
  return {
    membership: own.membership && ofSector.membership,
    dependant: own.dependant && ofSector.dependant,
    documentTypes: own.documentTypes.filter((type) => ofSector.documentTypes.includes(type)),
    offerKinds: own.offerKinds.filter((kind) => ofSector.offerKinds.includes(kind)),
  };
}

function ageCondition(age: InboxAge | undefined, now: Date) {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return (column: Prisma.Sql) => {
    switch (age) {
      case "lt2":
        return Prisma.sql`AND ${column} > ${daysAgo(2)}`;
      case "2to7":
        return Prisma.sql`AND ${column} <= ${daysAgo(2)} AND ${column} > ${daysAgo(7)}`;
      case "gt7":
        return Prisma.sql`AND ${column} <= ${daysAgo(7)}`;
      default:
        return Prisma.empty;
    }
  };
}

function branchesOf(scope: InboxScope, age: ReturnType<typeof ageCondition>) {
  const branches: { kind: InboxKind; sql: Prisma.Sql }[] = [];
  if (scope.membership) {
    branches.push({
      kind: "membership",
      sql: Prisma.sql`
        SELECT 'membership' AS kind, ms.id, ms."createdAt" FROM "Membership" ms
        WHERE ms.status = 'PENDING' ${age(Prisma.sql`ms."createdAt"`)}`,
    });
  }
  if (scope.dependant) {
    branches.push({
      kind: "dependant",
      sql: Prisma.sql`
        SELECT 'dependant' AS kind, d.id, d."createdAt" FROM "Dependant" d
        WHERE d.status = 'PENDING' AND d."archivedAt" IS NULL ${age(Prisma.sql`d."createdAt"`)}`,
    });
  }
  if (scope.documentTypes.length > 0) {
    branches.push({ kind: "document", sql: documentBranch(scope.documentTypes, age) });
  }
  if (scope.offerKinds.length > 0) {
    branches.push({
      kind: "booking",
      sql: Prisma.sql`
        SELECT 'booking' AS kind, b.id, b."createdAt" FROM "Booking" b
        JOIN "OfferSession" os ON os.id = b."sessionId"
        JOIN "Offer" o ON o.id = os."offerId"
        WHERE b.status = 'PENDING' AND o.kind::text = ANY(${scope.offerKinds}::text[])
          ${age(Prisma.sql`b."createdAt"`)}`,
    });
  }
  return branches.sort((a, b) => INBOX_KINDS.indexOf(a.kind) - INBOX_KINDS.indexOf(b.kind));
}

// Proofs sent with a request that still waits are decided with that
// request, so they are left out here.
function documentBranch(types: DocumentType[], age: ReturnType<typeof ageCondition>) {
  return Prisma.sql`
    SELECT 'document' AS kind, sd.id, sd."createdAt" FROM "SupportingDocument" sd
    WHERE sd.status = 'PENDING' AND sd."deletedAt" IS NULL
      AND sd.type::text = ANY(${types}::text[])
      ${age(Prisma.sql`sd."createdAt"`)}
      AND NOT (
        sd.type::text = ANY(${MEMBERSHIP_PROOF_TYPES}::text[])
        AND EXISTS (
          SELECT 1 FROM "Membership" pm
          WHERE pm."memberId" = sd."memberId" AND pm.status = 'PENDING'
        )
      )
      AND NOT (
        sd.type::text = ANY(${DEPENDANT_PROOF_TYPES}::text[])
        AND EXISTS (
          SELECT 1 FROM "Dependant" pd
          WHERE pd.id = sd."dependantId" AND pd.status = 'PENDING' AND pd."archivedAt" IS NULL
        )
      )`;
}
