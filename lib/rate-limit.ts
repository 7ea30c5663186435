import "server-only";

import { createHash } from "node:crypto";

import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

import { DomainError } from "@/lib/errors";

/**
 * A limit of `points` consumptions per key in a fixed window of
 * `durationSeconds`, counted from the first consumption. `name` prefixes the
 * keys in the shared table, so it must be unique per rule.
 */
export type RateLimitRule = {
  name: string;
  points: number;
  durationSeconds: number;
};

// The table is created by rate-limiter-flexible on first use (CREATE TABLE IF
// NOT EXISTS), outside the Prisma migrations, and shared by every rule.
const TABLE_NAME = "rate_limit";

// Kept on globalThis because Next.js may load this module more than once
// per process (development reloads, separate bundles).
const globalForRateLimit = globalThis as unknown as {
  rateLimitPool?: pg.Pool;
  rateLimiters?: Map<string, Promise<RateLimiterPostgres>>;
};

function getPool() {
  if (!globalForRateLimit.rateLimitPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: rate limits are stored in PostgreSQL.");
    }
    globalForRateLimit.rateLimitPool = new pg.Pool({
      connectionString,
      max: 4,
      application_name: "entraide-rate-limit",
    });
  }
  return globalForRateLimit.rateLimitPool;
}

function getLimiter(rule: RateLimitRule): Promise<RateLimiterPostgres> {
  const limiters = (globalForRateLimit.rateLimiters ??= new Map());
  const existing = limiters.get(rule.name);
  if (existing) return existing;

  // The constructor creates the table asynchronously and reports through
  // the callback; a failed creation is not cached, so the next call retries.
  const ready = new Promise<RateLimiterPostgres>((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      {
        storeClient: getPool(),
        storeType: "pool",
        tableName: TABLE_NAME,
        keyPrefix: rule.name,
        points: rule.points,
        duration: rule.durationSeconds,
      },
      (error) => (error ? reject(error) : resolve(limiter)),
    );
  });
  limiters.set(rule.name, ready);
  ready.catch(() => limiters.delete(rule.name));
  return ready;
}

/**
 * Hashes the key, so the table contains no e-mail address or other personal
 * data and every key fits its varchar(255) column.
 */
function storedKey(key: string) {
  return createHash("sha256").update(key).digest("hex");
}

/** Whole minutes until the window ends, at least 1, for the French message. */
export function minutesUntil(msBeforeNext: number) {
  return Math.max(1, Math.ceil(msBeforeNext / 60_000));
}

/**
 * Consumes one point of `rule` for `key`. Raises DomainError `rate_limited`,
 * with the minutes to wait as the `minutes` parameter, once the key has used
 * up its points in the current window. Database errors propagate, so a
 * limiter that cannot count rejects instead of letting requests through.
 */
export async function consumeRateLimit(rule: RateLimitRule, key: string) {
  const limiter = await getLimiter(rule);
  try {
    await limiter.consume(storedKey(key));
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new DomainError("rate_limited", {
        params: { minutes: minutesUntil(rejection.msBeforeNext) },
      });
    }
    throw rejection;
  }
}

/** Gives one point back to `key`, for an attempt that turned out not to count. */
export async function refundRateLimit(rule: RateLimitRule, key: string) {
  const limiter = await getLimiter(rule);
  await limiter.reward(storedKey(key), 1);
}

/** Forgets every point consumed by `key`, as after a successful sign-in. */
export async function resetRateLimit(rule: RateLimitRule, key: string) {
  const limiter = await getLimiter(rule);
  await limiter.delete(storedKey(key));
}
