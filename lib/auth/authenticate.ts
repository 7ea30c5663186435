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

// Three counters of failed sign-ins, as in rate-limiter-flexible's login
// protection example. A tight one per (address, IP) pair stops a guesser
// without locking out the owner elsewhere. Looser ones per address and per
// IP stop guessing spread over many IPs or many addresses. The IP limit is
// high because thousands of agents may share a few office addresses.

/** Failed sign-ins allowed per (e-mail address, client IP) pair. A success resets it. */
export const LOGIN_FAILURES_BY_EMAIL_AND_IP: RateLimitRule = {
  name: "login_email_ip",
  points: 5,
  durationSeconds: 15 * 60,
};

/**
 * Failed sign-ins allowed per e-mail address from all IPs together, whether
 * or not an account has it, against guessing spread over many IPs.
 */
export const LOGIN_FAILURES_BY_EMAIL: RateLimitRule = {
  name: "login_email",
  points: 50,
  durationSeconds: 60 * 60,
};

/** Failed sign-ins allowed per client IP address, against one client trying many addresses. */
export const LOGIN_FAILURES_BY_IP: RateLimitRule = {
  name: "login_ip",
  points: 300,
  durationSeconds: 15 * 60,
};

/** Key of LOGIN_FAILURES_BY_EMAIL_AND_IP for a normalized address and a client IP. */
export function emailAndIpKey(email: string, ip: string) {
  return `${email} ${ip}`;
}

type CountedLimit = { rule: RateLimitRule; key: string };

/**
 * Consumes one point of each limit in turn. When one raises `rate_limited`,
 * the points already taken are given back, so a request rejected by the
 * pair or the IP limit does not use up the address's shared budget.
 */
async function consumeAll(limits: CountedLimit[]) {
  const consumed: CountedLimit[] = [];
  try {
    for (const limit of limits) {
      await consumeRateLimit(limit.rule, limit.key);
      consumed.push(limit);
    }
  } catch (error) {
    for (const limit of consumed) await refundRateLimit(limit.rule, limit.key);
    throw error;
  }
}

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
 * after too many failures for the (address, IP) pair, the address or the IP.
 */
export async function authenticate(input: { email: string; password: string; ip: string }) {
  const email = normalizeEmail(input.email);

  const pair = { rule: LOGIN_FAILURES_BY_EMAIL_AND_IP, key: emailAndIpKey(email, input.ip) };
  const byEmail = { rule: LOGIN_FAILURES_BY_EMAIL, key: email };
  const byIp = { rule: LOGIN_FAILURES_BY_IP, key: input.ip };

  // Points are taken before the password check and given back on success:
  // a check-then-count order would let parallel guesses all pass the check.
  // The pair goes first, so a blocked guesser stops before the shared counters.
  await consumeAll([pair, byEmail, byIp]);

  const user = await db.user.findUnique({ where: { email } });
  const passwordHash = user?.passwordHash ?? (await getUnknownAccountHash());
  const passwordMatches = await verifyPassword(passwordHash, input.password);
  if (!user || user.disabledAt || !passwordMatches) {
    throw new DomainError("invalid_credentials");
  }

  await resetRateLimit(pair.rule, pair.key);
  await refundRateLimit(byEmail.rule, byEmail.key);
  await refundRateLimit(byIp.rule, byIp.key);
  return user;
}
