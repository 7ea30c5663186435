import type { MemberActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { activeDependantsQuery } from "@/lib/household/dependants";

/**
 * Loads the actor's household for the member pages: its address, its
 * members with the actor apart, and its active dependants, spouse first
 * then children from the eldest.
 */
export async function getHousehold(actor: MemberActor) {
  const household = await db.household.findUniqueOrThrow({
    where: { id: actor.householdId },
    select: {
      id: true,
      addressLine1: true,
      addressLine2: true,
      postalCode: true,
      communeCode: true,
      communeName: true,
      members: {
        select: {
          id: true,
          firstName: true,
          lastName: true,
          birthDate: true,
          employeeNumber: true,
          employer: true,
          status: true,
          phone: true,
          user: { select: { email: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      dependants: {
        ...activeDependantsQuery,
        select: {
          id: true,
          relation: true,
          firstName: true,
          lastName: true,
          birthDate: true,
          disability: true,
          notes: true,
          status: true,
          rejectionReason: true,
        },
      },
    },
  });

  const self = household.members.find((member) => member.id === actor.memberId);
  if (!self) throw new Error(`Member ${actor.memberId} is not in household ${actor.householdId}`);
  const otherMembers = household.members.filter((member) => member.id !== actor.memberId);
  return { ...household, self, otherMembers };
}

export type HouseholdView = Awaited<ReturnType<typeof getHousehold>>;
