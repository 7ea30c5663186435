import "server-only";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";

import type { MemberActor } from "@/lib/auth/guards";
import { getSessionUser } from "@/lib/auth/guards";
import { accountCallbackPath, REQUEST_PATH_HEADER } from "@/lib/account/request-path";
import { db } from "@/lib/db";

/**
 * Resolves the signed-in member for an account page, from the database.
 * Without a session it redirects to the login page, which brings the user
 * back afterwards. Staff and admins without a Member go to the back office.
 * Layouts do not run again on client-side navigation, so every account page
 * calls this as well as the layout.
 */
export async function requireAccountMember(): Promise<MemberActor> {
  const user = await getSessionUser();
  if (!user) {
    const callbackPath = accountCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
    redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  }

  const account = await db.user.findUnique({
    where: { id: user.id },
    select: { role: true, disabledAt: true, member: { select: { id: true, householdId: true } } },
  });
  // A disabled account keeps its signed cookie until it expires. Sending it
  // to /login could loop if that page forwards signed-in users here.
  if (!account || account.disabledAt) notFound();
  if (account.member) {
    return {
      userId: user.id,
      memberId: account.member.id,
      householdId: account.member.householdId,
    };
  }
  if (account.role === "STAFF" || account.role === "ADMIN") redirect("/admin");
  notFound();
}
