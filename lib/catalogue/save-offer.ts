// Creating and editing offers in the back office, with their subsidy per
// bracket and cancellation scale, each change audited in its transaction.
import type { StaffActor } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";
import { db, type DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OfferStatus } from "@/lib/generated/prisma/enums";
import { loadReviewer } from "@/lib/staff/actor";
import { canManageOffers } from "@/lib/staff/sectors";

import { offerSchema, toOfferData, type OfferData } from "./schemas";

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Audit values of an offer: its fields and rules, without timestamps. */
function auditValues(data: OfferData) {
  return { ...data.offer, subsidies: data.subsidies, cancellationTiers: data.cancellationTiers };
}

async function requireManager(
  client: DbClient,
  actor: StaffActor,
  kind: OfferData["offer"]["kind"],
) {
  const reviewer = await loadReviewer(client, actor);
  if (!canManageOffers(reviewer, kind)) throw new DomainError("not_found");
  return reviewer;
}

async function replaceRules(tx: DbClient, offerId: string, data: OfferData) {
  await tx.offerSubsidy.deleteMany({ where: { offerId } });
  await tx.cancellationTier.deleteMany({ where: { offerId } });
  await tx.offerSubsidy.createMany({
    data: data.subsidies.map((subsidy) => ({ offerId, ...subsidy })),
  });
  await tx.cancellationTier.createMany({
    data: data.cancellationTiers.map((tier) => ({ offerId, ...tier })),
  });
}

/** Creates a DRAFT offer of a kind the actor manages. Raises `slug_taken` on the slug field. */
export async function createOffer(actor: StaffActor, input: unknown): Promise<{ id: string }> {
  const data = toOfferData(offerSchema.parse(input));
  try {
    return await db.$transaction(async (tx) => {
      const reviewer = await requireManager(tx, actor, data.offer.kind);
      const offer = await tx.offer.create({ data: { ...data.offer, status: "DRAFT" } });
      await replaceRules(tx, offer.id, data);
      await recordAudit(tx, {
        action: "offer.created",
        actorId: reviewer.userId,
        entityType: "Offer",
        entityId: offer.id,
        after: { ...auditValues(data), status: offer.status },
      });
      return { id: offer.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("slug_taken", { field: "slug" });
    throw error;
  }
}

/**
 * Updates an offer and replaces its subsidies and cancellation scale. The
 * actor must manage both its current kind and the new one.
 */
export async function updateOffer(actor: StaffActor, offerId: string, input: unknown) {
  const data = toOfferData(offerSchema.parse(input));
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.offer.findUnique({
        where: { id: offerId },
        include: { subsidies: true, cancellationTiers: true },
      });
      if (!before) throw new DomainError("not_found");
      await requireManager(tx, actor, before.kind);
      const reviewer = await requireManager(tx, actor, data.offer.kind);
      await tx.offer.update({ where: { id: offerId }, data: data.offer });
      await replaceRules(tx, offerId, data);
      await recordAudit(tx, {
        action: "offer.updated",
        actorId: reviewer.userId,
        entityType: "Offer",
        entityId: offerId,
        before: {
          ...pickOfferFields(before),
          subsidies: before.subsidies.map(({ bracketPosition, value }) => ({
            bracketPosition,
            value,
          })),
          cancellationTiers: before.cancellationTiers
            .map(({ daysBefore, retainedPercent }) => ({ daysBefore, retainedPercent }))
            .sort((a, b) => b.daysBefore - a.daysBefore),
        },
        after: auditValues(data),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("slug_taken", { field: "slug" });
    throw error;
  }
}

function pickOfferFields(offer: OfferData["offer"]): OfferData["offer"] {
  return {
    kind: offer.kind,
    title: offer.title,
    slug: offer.slug,
    description: offer.description,
    organiser: offer.organiser,
    venue: offer.venue,
    placeLabel: offer.placeLabel,
    communeCode: offer.communeCode,
    departmentCode: offer.departmentCode,
    priceNote: offer.priceNote,
    subsidyKind: offer.subsidyKind,
    subsidyCapCents: offer.subsidyCapCents,
    instalmentThresholdCents: offer.instalmentThresholdCents,
    sourceUrls: offer.sourceUrls,
    sourceNote: offer.sourceNote,
  };
}

const STATUS_ACTIONS = {
  PUBLISHED: "offer.published",
  ARCHIVED: "offer.archived",
  DRAFT: "offer.unpublished",
} as const;

/**
 * Publishes, archives or returns an offer to draft. Publishing raises
 * `offer_price_missing` while a session that is not cancelled has no price.
 */
export async function setOfferStatus(actor: StaffActor, offerId: string, status: OfferStatus) {
  await db.$transaction(async (tx) => {
    const offer = await tx.offer.findUnique({ where: { id: offerId } });
    if (!offer) throw new DomainError("not_found");
    const reviewer = await requireManager(tx, actor, offer.kind);
    if (offer.status === status) return;
    if (status === "PUBLISHED") {
      const unpriced = await tx.offerSession.count({
        where: { offerId, cancelledAt: null, adultPriceCents: null, childPriceCents: null },
      });
      if (unpriced > 0)
        throw new DomainError("offer_price_missing", { params: { count: unpriced } });
    }
    await tx.offer.update({ where: { id: offerId }, data: { status } });
    await recordAudit(tx, {
      action: STATUS_ACTIONS[status],
      actorId: reviewer.userId,
      entityType: "Offer",
      entityId: offerId,
      before: { status: offer.status },
      after: { status },
    });
  });
}
