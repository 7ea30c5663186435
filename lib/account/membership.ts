import type { MemberActor } from "@/lib/auth/guards";
import { currentYear } from "@/lib/dates";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { MemberStatus } from "@/lib/generated/prisma/enums";

/** Loads the member's membership for the current year in Europe/Paris, or null when there is none. */
export function getCurrentMembership(client: DbClient, memberId: string) {
  return client.membership.findUnique({
    where: { memberId_year: { memberId, year: currentYear() } },
    select: { id: true, year: true, status: true, rejectionReason: true, createdAt: true },
  });
}

/**
 * Raises `membership_inactive` unless the acting member's membership for the
 * current year is ACTIVE: until staff validate it, the household and its
 * documents are read-only.
 */
export async function assertActiveMembership(client: DbClient, actor: MemberActor) {
  const membership = await getCurrentMembership(client, actor.memberId);
  if (membership?.status !== "ACTIVE") throw new DomainError("membership_inactive");
}

/** Returns the proof a membership request needs: a pension slip for a retiree, else a payslip. */
export function membershipProofType(memberStatus: MemberStatus): "PAYSLIP" | "PENSION_SLIP" {
  return memberStatus === "RETIRED" ? "PENSION_SLIP" : "PAYSLIP";
}
