import "server-only";

import { getCurrentMembership, membershipProofType } from "@/lib/account/membership";
import type { MemberActor } from "@/lib/auth/guards";
import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import { activeDependantsQuery } from "@/lib/household/dependants";
import { getHouseholdBracket } from "@/lib/quotient/household-bracket";
import { MEMBERSHIP_PROOF_TYPES } from "@/lib/staff/proofs";

/**
 * Loads what the member's dashboard shows for the current year: the
 * membership, a summary of the household, the quotient bracket and what
 * waits for a staff review. Quotient figures are for this member only, so
 * never log them.
 */
export async function getAccountOverview(actor: MemberActor) {
  const year = currentYear();
  const [membership, household, bracket, pendingTaxNotices, documents] = await Promise.all([
    getCurrentMembership(db, actor.memberId),
    db.household.findUniqueOrThrow({
      where: { id: actor.householdId },
      select: {
        addressLine1: true,
        addressLine2: true,
        postalCode: true,
        communeName: true,
        members: { select: { id: true, firstName: true, lastName: true, status: true } },
        dependants: {
          ...activeDependantsQuery,
          select: {
            id: true,
            relation: true,
            firstName: true,
            lastName: true,
            status: true,
            rejectionReason: true,
          },
        },
      },
    }),
    getHouseholdBracket(db, actor.householdId, year),
    db.supportingDocument.count({
      where: {
        householdId: actor.householdId,
        type: "TAX_NOTICE",
        year,
        status: "PENDING",
        deletedAt: null,
      },
    }),
    db.supportingDocument.findMany({
      where: { householdId: actor.householdId, year: { gte: year - 1 }, deletedAt: null },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        type: true,
        year: true,
        memberId: true,
        dependantId: true,
        status: true,
        rejectionReason: true,
        createdAt: true,
      },
    }),
  ]);

  const self = household.members.find((member) => member.id === actor.memberId);
  // The member resubmits a rejected membership from the membership card,
  // so its rejected proof is not listed a second time.
  const isRejectedMembershipProof = (document: (typeof documents)[number]) =>
    membership?.status === "REJECTED" &&
    document.memberId === actor.memberId &&
    MEMBERSHIP_PROOF_TYPES.includes(document.type);
  return {
    year,
    firstName: self?.firstName ?? "",
    membership,
    membershipProofType: membershipProofType(self?.status ?? "ACTIVE"),
    household,
    bracket,
    taxNoticePending: pendingTaxNotices > 0,
    pendingDocuments: documents.filter((document) => document.status === "PENDING"),
    rejectedDocuments: unansweredRejections(documents).filter(
      (document) => !isRejectedMembershipProof(document),
    ),
  };
}

/**
 * Returns the rejected documents that no newer upload of the same type,
 * year and person has followed yet. `documents` is sorted newest first.
 */
function unansweredRejections<
  T extends {
    type: string;
    year: number;
    memberId: string | null;
    dependantId: string | null;
    status: string;
  },
>(documents: T[]): T[] {
  const seen = new Set<string>();
  const rejections: T[] = [];
  for (const document of documents) {
    const key = [document.type, document.year, document.memberId, document.dependantId].join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    if (document.status === "REJECTED") rejections.push(document);
  }
  return rejections;
}

export type AccountOverview = Awaited<ReturnType<typeof getAccountOverview>>;
