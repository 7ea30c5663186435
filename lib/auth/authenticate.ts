import "server-only";

import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hashPassword, normalizeEmail, verifyPassword } from "@/lib/auth/password";
import {
  consumeRateLimit,
  refundRateLimit,
  resetRateLimit,
  type RateLimitRule,
} from "@/lib/rate-limit";

/** Failed sign-ins allowed per e-mail address, whether or not an account has it. */
export const LOGIN_FAILURES_BY_EMAIL: RateLimitRule = {
  name: "login_email",
  points: 5,
  durationSeconds: 15 * 60,
};

/**
 * Failed sign-ins allowed per client IP address, against one attacker trying
 * many addresses. Successes are not counted, so colleagues signing in from
 * one office address do not block each other.
 */
export const LOGIN_FAILURES_BY_IP: RateLimitRule = {
  name: "login_ip",
  points: 30,
  durationSeconds: 15 * 60,
};

// Hash checked when no account matches, so rejecting an unknown address takes
// as long as a wrong password and timing does not reveal which accounts exist.
let unknownAccountHash: Promise<string> | undefined;

function getUnknownAccountHash() {
  unknownAccountHash ??= hashPassword("no account has this password");
  return unknownAccountHash;
}

/**
 * Checks an e-mail and password. Unknown e-mail, disabled account and wrong
 * password raise the same `invalid_credentials`, so the response does not
 * reveal whether an account exists. Raises `rate_limited` (with `minutes`)
 * after too many failures for the address or the IP.
 */
export async function authenticate(input: { email: string; password: string; ip: string }) {
  const email = normalizeEmail(input.email);

  // Points are taken before the password check and given back on success:
  // a check-then-count order would let parallel guesses all pass the check.
  await consumeRateLimit(LOGIN_FAILURES_BY_IP, input.ip);
  await consumeRateLimit(LOGIN_FAILURES_BY_EMAIL, email);

  const user = await db.user.findUnique({ where: { email } });
  const passwordHash = user?.passwordHash ?? (await getUnknownAccountHash());
  const passwordMatches = await verifyPassword(passwordHash, input.password);
  if (!user || user.disabledAt || !passwordMatches) {
    throw new DomainError("invalid_credentials");
  }

  await resetRateLimit(LOGIN_FAILURES_BY_EMAIL, email);
  await refundRateLimit(LOGIN_FAILURES_BY_IP, input.ip);
  return user;
}
