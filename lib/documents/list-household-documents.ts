import type { MemberActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";

/** Lists the supporting documents of the actor's household, newest first, without deleted ones. */
export function listHouseholdDocuments(actor: MemberActor) {
  return db.supportingDocument.findMany({
    where: { householdId: actor.householdId, deletedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      type: true,
      year: true,
      status: true,
      rejectionReason: true,
      originalName: true,
      createdAt: true,
      reviewedAt: true,
      member: { select: { id: true, firstName: true, lastName: true } },
      dependant: { select: { id: true, firstName: true, lastName: true } },
    },
  });
}

export type HouseholdDocument = Awaited<ReturnType<typeof listHouseholdDocuments>>[number];
