import "server-only";

import { getServerSession } from "next-auth";

import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { StaffSector } from "@/lib/generated/prisma/enums";

export type SessionUser = {
  id: string;
  role: "MEMBER" | "STAFF" | "ADMIN";
  sectors: StaffSector[];
};

/** The signed-in user of this request, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return { id: session.user.id, role: session.user.role, sectors: session.user.sectors ?? [] };
}

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new DomainError("unauthenticated");
  return user;
}

/** Who acts on a household's records in member-side domain functions. */
export type MemberActor = {
  userId: string;
  memberId: string;
  householdId: string;
};

/**
 * Resolves the signed-in member and their household from the database (not
 * from the token), so a removed or moved member loses access at once.
 */
export async function requireMember(): Promise<MemberActor> {
  const user = await requireUser();
  const member = await db.member.findUnique({
    where: { userId: user.id },
    select: { id: true, householdId: true, user: { select: { disabledAt: true } } },
  });
  // A disabled account keeps its signed cookie until it expires, so the
  // database decides.
  if (member?.user.disabledAt) throw new DomainError("unauthenticated");
  if (!member) throw new DomainError("forbidden");
  return { userId: user.id, memberId: member.id, householdId: member.householdId };
}

export type StaffActor = {
  userId: string;
  role: "STAFF" | "ADMIN";
  sectors: StaffSector[];
};

/**
 * Requires a staff member or an admin; with `sectors`, one of them (or
 * Direction, or admin) is required. Reads roles from the database so a
 * revoked account stops at once.
 */
export async function requireStaff(sectors?: StaffSector[]): Promise<StaffActor> {
  const sessionUser = await requireUser();
  const user = await db.user.findUnique({
    where: { id: sessionUser.id },
    select: { id: true, role: true, sectors: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.role === "MEMBER") {
    throw new DomainError("not_found");
  }
  const actor: StaffActor = { userId: user.id, role: user.role, sectors: user.sectors };
  if (sectors && !staffHasSector(actor, sectors)) throw new DomainError("not_found");
  return actor;
}

export function staffHasSector(actor: StaffActor, sectors: StaffSector[]) {
  if (actor.role === "ADMIN" || actor.sectors.includes("DIRECTION")) return true;
  return sectors.some((sector) => actor.sectors.includes(sector));
}
