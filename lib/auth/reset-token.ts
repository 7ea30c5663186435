import { createHash, randomBytes } from "node:crypto";

import { endUserSessions } from "@/lib/auth/session-version";
import type { DbClient } from "@/lib/db";

/** How long an e-mailed reset link works. */
export const RESET_TOKEN_TTL_MINUTES = 60;

/** 32 random bytes in base64url, as sent in the link. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Creates a reset token: the value for the link, and its SHA-256, the only
 * form stored. A plain hash is enough because the token has 256 bits of
 * entropy, so it cannot be guessed from the hash.
 */
export function createResetToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

export function hashResetToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export function isWellFormedResetToken(token: string) {
  return TOKEN_PATTERN.test(token);
}

/**
 * Sets a user's password hash, invalidates their unused reset links and
 * signs out their open sessions. Call it for every password change, so
 * neither a link e-mailed before the change nor a stolen cookie outlives it.
 */
export async function replacePasswordHash(tx: DbClient, userId: string, passwordHash: string) {
  await tx.user.update({ where: { id: userId }, data: { passwordHash } });
  await tx.passwordResetToken.deleteMany({ where: { userId, usedAt: null } });
  await endUserSessions(tx, userId);
}

/**
 * Locks the user's row until the transaction ends, so two reset requests,
 * or a request and a reset, for one user run one after the other.
 */
export async function lockUser(tx: DbClient, userId: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
}
