import "server-only";

import { getServerSession } from "next-auth";
import { cache } from "react";

import { authOptions } from "@/lib/auth/options";
import { isSessionCurrent } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { StaffSector } from "@/lib/generated/prisma/enums";

export type SessionUser = {
  id: string;
  role: "MEMBER" | "STAFF" | "ADMIN";
  sectors: StaffSector[];
};

/** A decoded session token, not yet checked against the database. */
export type SessionToken = SessionUser & { sessionVersion: number | undefined };

/**
 * Decodes this request's session cookie, or returns null. The token is only
 * signed, so a caller must check it with isSessionCurrent() against the
 * user's row before trusting it.
 */
export async function getSessionToken(): Promise<SessionToken | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return {
    id: session.user.id,
    role: session.user.role,
    sectors: session.user.sectors ?? [],
    sessionVersion: session.user.sessionVersion,
  };
}

/**
 * Returns the signed-in user of this request, or null when there is no
 * session or its token is stale (password changed, account disabled or
 * removed). Memoized per request, so the header and the page share one query.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = await getSessionToken();
  if (!token) return null;
  const account = await db.user.findUnique({
    where: { id: token.id },
    select: { disabledAt: true, sessionVersion: true },
  });
  if (!isSessionCurrent(account, token.sessionVersion)) return null;
  return { id: token.id, role: token.role, sectors: token.sectors };
});

async function requireSessionToken(): Promise<SessionToken> {
  const token = await getSessionToken();
  if (!token) throw new DomainError("unauthenticated");
  return token;
}

/** Actor of member-side domain functions: the member and the household whose records they act on. */
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
  const token = await requireSessionToken();
  // One statement for the usual case: the member of an enabled account
  // whose sessionVersion still matches the token.
  if (typeof token.sessionVersion === "number") {
    const current = await db.member.findFirst({
      where: {
        userId: token.id,
        user: { is: { disabledAt: null, sessionVersion: token.sessionVersion } },
      },
      select: { id: true, householdId: true },
    });
    if (current) {
      return { userId: token.id, memberId: current.id, householdId: current.householdId };
    }
  }
  // Otherwise tell a stale session from an account without a member.
  const account = await db.user.findUnique({
    where: { id: token.id },
    select: {
      disabledAt: true,
      sessionVersion: true,
      member: { select: { id: true, householdId: true } },
    },
  });
  // A disabled account or a changed password leaves the signed cookie valid
  // until it expires, so the database decides.
  if (!isSessionCurrent(account, token.sessionVersion)) throw new DomainError("unauthenticated");
  const member = account?.member;
  if (!member) throw new DomainError("forbidden");
  return { userId: token.id, memberId: member.id, householdId: member.householdId };
}

export type StaffActor = {
  userId: string;
  role: "STAFF" | "ADMIN";
  sectors: StaffSector[];
};

/**
 * Requires a staff member or an admin. With `sectors`, one of them (or
 * Direction, or admin) is required. Reads roles from the database so a
 * revoked account stops at once.
 */
export async function requireStaff(sectors?: StaffSector[]): Promise<StaffActor> {
  const token = await requireSessionToken();
  const user = await db.user.findUnique({
    where: { id: token.id },
    select: { id: true, role: true, sectors: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.role === "MEMBER") {
    throw new DomainError("not_found");
  }
  // A password changed since sign-in: the user may sign in again.
  if (!isSessionCurrent(user, token.sessionVersion)) throw new DomainError("unauthenticated");
  const actor: StaffActor = { userId: user.id, role: user.role, sectors: user.sectors };
  if (sectors && !staffHasSector(actor, sectors)) throw new DomainError("not_found");
  return actor;
}

export function staffHasSector(actor: StaffActor, sectors: StaffSector[]) {
  if (actor.role === "ADMIN" || actor.sectors.includes("DIRECTION")) return true;
  return sectors.some((sector) => actor.sectors.includes(sector));
}
