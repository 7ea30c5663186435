// Back-office queries of the catalogue. Staff see only the kinds of offer
// their sectors manage; any other offer is `not_found`.
import type { StaffActor } from "@/lib/auth/guards";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OfferKind, OfferStatus } from "@/lib/generated/prisma/enums";
import { canManageOffers, managedOfferKinds } from "@/lib/staff/sectors";

export const STAFF_OFFERS_PAGE_SIZE = 25;

export type StaffOfferFilters = { kind?: OfferKind; status?: OfferStatus; page: number };

/** Lists the offers of the kinds the actor manages, newest first, with their session counts. */
export async function listOffersForStaff(
  client: DbClient,
  actor: StaffActor,
  filters: StaffOfferFilters,
) {
  const kinds = managedOfferKinds(actor);
  if (filters.kind && !kinds.includes(filters.kind)) throw new DomainError("not_found");
  const where = {
    kind: filters.kind ? filters.kind : { in: kinds },
    ...(filters.status ? { status: filters.status } : {}),
  };
  const [offers, total] = await Promise.all([
    client.offer.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * STAFF_OFFERS_PAGE_SIZE,
      take: STAFF_OFFERS_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        kind: true,
        status: true,
        title: true,
        placeLabel: true,
        updatedAt: true,
        _count: { select: { sessions: true } },
      },
    }),
    client.offer.count({ where }),
  ]);
  return {
    offers,
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / STAFF_OFFERS_PAGE_SIZE)),
    kinds,
  };
}

/** Returns an offer with its subsidies, cancellation scale and sessions, for the staff who manage its kind. */
export async function getOfferForStaff(client: DbClient, actor: StaffActor, offerId: string) {
  const offer = await client.offer.findUnique({
    where: { id: offerId },
    include: {
      subsidies: { orderBy: { bracketPosition: "asc" } },
      cancellationTiers: { orderBy: { daysBefore: "desc" } },
      sessions: { orderBy: [{ startDate: "asc" }, { endDate: "asc" }] },
    },
  });
  if (!offer || !canManageOffers(actor, offer.kind)) throw new DomainError("not_found");
  return offer;
}

export type StaffOffer = Awaited<ReturnType<typeof getOfferForStaff>>;

/** Returns a session with its offer's kind, title and slug, for the staff who manage that kind. */
export async function getSessionForStaff(client: DbClient, actor: StaffActor, sessionId: string) {
  const session = await client.offerSession.findUnique({
    where: { id: sessionId },
    include: { offer: { select: { id: true, kind: true, title: true, slug: true } } },
  });
  if (!session || !canManageOffers(actor, session.offer.kind)) throw new DomainError("not_found");
  return session;
}
