import "server-only";

import { addMinutes } from "date-fns";

import { db } from "@/lib/db";
import {
  configuredTransport,
  type EmailTransport,
  type OutgoingEmail,
} from "@/lib/email/transport";
import { logger } from "@/lib/logger";

/** Attempts after which an e-mail is left unsent, with its lastError, for staff to look at. */
export const MAX_DELIVERY_ATTEMPTS = 8;

/**
 * How long a claimed e-mail stays out of other deliveries' reach. If the
 * process dies while sending, another delivery takes it over after this.
 */
const CLAIM_LEASE_MINUTES = 10;

/** Minutes before the next try after `attempts` failures: 1, 2, 4… capped at 6 hours. */
export function retryDelayMinutes(attempts: number) {
  return Math.min(2 ** Math.max(attempts - 1, 0), 6 * 60);
}

type ClaimedEmail = OutgoingEmail & { attempts: number };

/**
 * Claims up to `limit` unsent e-mails that are due, oldest first, and pushes
 * their nextAttemptAt past the lease in the same statement. FOR UPDATE SKIP
 * LOCKED makes concurrent claims (other instances) take disjoint rows.
 */
async function claimDueEmails(limit: number): Promise<ClaimedEmail[]> {
  // Prisma stores DateTime as UTC in `timestamp` columns, hence the UTC clock.
  return db.$queryRaw<ClaimedEmail[]>`
    UPDATE "OutboundEmail"
    SET "attempts" = "attempts" + 1,
        "nextAttemptAt" = (now() AT TIME ZONE 'UTC')
          + make_interval(mins => ${CLAIM_LEASE_MINUTES}::int)
    WHERE "id" IN (
      SELECT "id" FROM "OutboundEmail"
      WHERE "sentAt" IS NULL
        AND "nextAttemptAt" <= (now() AT TIME ZONE 'UTC')
        AND "attempts" < ${MAX_DELIVERY_ATTEMPTS}::int
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "text", "html", "attempts"`;
}

/**
 * Sends the unsent e-mails that are due, at most `limit` of them, and marks
 * each one sent. A failed e-mail keeps its error in lastError and is tried
 * again after retryDelayMinutes, up to MAX_DELIVERY_ATTEMPTS. If the process
 * dies or the database fails between the transport's acceptance and the
 * sentAt update, the e-mail goes again once the lease ends. Logs ids only,
 * never addresses or content.
 */
export async function deliverPendingEmails(options: {
  limit: number;
  /** Defaults to the transport configured by SMTP_URL or EMAIL_OUTBOX_DIR. */
  transport?: EmailTransport;
}): Promise<{ claimed: number; sent: number; failed: number }> {
  // Built before claiming, so a configuration error leaves the e-mails untouched.
  const transport = options.transport ?? configuredTransport();
  const emails = await claimDueEmails(options.limit);
  let sent = 0;
  for (const email of emails) {
    try {
      await transport(email);
    } catch (error) {
      await recordFailure(email, error);
      continue;
    }
    await db.outboundEmail.update({
      where: { id: email.id },
      data: { sentAt: new Date(), lastError: null },
    });
    sent += 1;
  }
  return { claimed: emails.length, sent, failed: emails.length - sent };
}

async function recordFailure(email: ClaimedEmail, error: unknown) {
  const finalAttempt = email.attempts >= MAX_DELIVERY_ATTEMPTS;
  await db.outboundEmail.update({
    where: { id: email.id },
    data: {
      lastError: describeError(error),
      nextAttemptAt: addMinutes(new Date(), retryDelayMinutes(email.attempts)),
    },
  });

  // SMTP errors can quote the recipient's address, so only the error's
  // code and the ids are logged; the full message stays in lastError.
  const details = {
    emailId: email.id,
    attempts: email.attempts,
    errorCode: errorCode(error),
  };
  if (finalAttempt) {
    logger.error(details, "e-mail delivery failed for the last time; it will not be retried");
  } else {
    logger.warn(details, "e-mail delivery failed; it will be retried");
  }
}

function describeError(error: unknown) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 1000);
}

function errorCode(error: unknown) {
  if (error && typeof error === "object" && "code" in error) return String(error.code);
  return error instanceof Error ? error.name : "unknown";
}
