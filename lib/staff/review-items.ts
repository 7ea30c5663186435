// Loads one waiting item with the household context its review page shows.
// Each loader raises `not_found` when the actor's sectors do not review
// the item, like the decision functions.
import type { StaffActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { MEMBERSHIP_PROOF_TYPES } from "@/lib/staff/proofs";
import {
  canReviewDependant,
  canReviewDocument,
  canReviewMembership,
  canViewQuotient,
} from "@/lib/staff/sectors";

const householdContext = {
  include: {
    members: {
      orderBy: { createdAt: "asc" },
      select: { id: true, firstName: true, lastName: true, employeeNumber: true },
    },
  },
} as const;

export async function getMembershipForReview(actor: StaffActor, membershipId: string) {
  if (!canReviewMembership(actor)) throw new DomainError("not_found");
  const membership = await db.membership.findUnique({
    where: { id: membershipId },
    include: {
      member: {
        include: { user: { select: { email: true } }, household: householdContext },
      },
    },
  });
  if (!membership) throw new DomainError("not_found");

  const proofs = await db.supportingDocument.findMany({
    where: { memberId: membership.memberId, deletedAt: null, type: { in: MEMBERSHIP_PROOF_TYPES } },
    orderBy: { createdAt: "desc" },
    take: 5,
  });
  return {
    membership,
    proofs: proofs.filter((proof) => canReviewDocument(actor, proof.type)),
  };
}

export async function getDependantForReview(actor: StaffActor, dependantId: string) {
  if (!canReviewDependant(actor)) throw new DomainError("not_found");
  const dependant = await db.dependant.findUnique({
    where: { id: dependantId },
    include: {
      household: householdContext,
      supportingDocuments: { where: { deletedAt: null }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!dependant) throw new DomainError("not_found");
  const { supportingDocuments, ...rest } = dependant;
  return {
    dependant: rest,
    proofs: supportingDocuments.filter((proof) => canReviewDocument(actor, proof.type)),
  };
}

/**
 * Loads a document with its household, the person it concerns and, for a
 * tax notice, the year's bracket grid and the quotient it would replace.
 */
export async function getDocumentForReview(actor: StaffActor, documentId: string) {
  const document = await db.supportingDocument.findUnique({
    where: { id: documentId },
    include: {
      household: householdContext,
      member: { select: { firstName: true, lastName: true } },
      dependant: { select: { firstName: true, lastName: true, relation: true } },
    },
  });
  if (!document || document.deletedAt || !canReviewDocument(actor, document.type)) {
    throw new DomainError("not_found");
  }

  let taxNotice = null;
  if (document.type === "TAX_NOTICE" && canViewQuotient(actor)) {
    const [brackets, current] = await Promise.all([
      db.quotientBracket.findMany({
        where: { year: document.year },
        orderBy: { position: "asc" },
        select: { id: true, position: true, label: true, minCents: true, maxCents: true },
      }),
      db.householdQuotient.findUnique({
        where: { householdId_year: { householdId: document.householdId, year: document.year } },
        include: { bracket: { select: { label: true } } },
      }),
    ]);
    taxNotice = { brackets, current };
  }
  return { document, taxNotice };
}
