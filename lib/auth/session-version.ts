import type { DbClient } from "@/lib/db";

/** The account fields that decide whether a session token still signs its user in. */
export type SessionAccount = {
  disabledAt: Date | null;
  sessionVersion: number;
};

/**
 * Returns whether a session token carrying `tokenVersion` still stands for
 * `account`: the account exists, is enabled, and its sessionVersion has not
 * been raised since sign-in. A token without a version counts as stale.
 */
export function isSessionCurrent(
  account: SessionAccount | null | undefined,
  tokenVersion: number | undefined,
): boolean {
  if (!account || account.disabledAt) return false;
  return typeof tokenVersion === "number" && account.sessionVersion === tokenVersion;
}

/**
 * Raises the user's sessionVersion, which signs out every session opened
 * before. Call it in the transaction that changes the password.
 */
export async function endUserSessions(tx: DbClient, userId: string) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
