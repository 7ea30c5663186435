import type PgBoss from "pg-boss";

import { trackQueuedEmails } from "@/lib/email/outbox";
import { getRunningJobs } from "@/lib/jobs/boss";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";
import { logger } from "@/lib/logger";
import { expireHolds } from "@/lib/payments/hold-expiry";

/** The pg-boss queue that expires unpaid holds at their deadline. */
export const BOOKING_HOLD_EXPIRY_QUEUE = "booking-hold-expiry";

/**
 * Creates the queue, its every-minute schedule and this process's worker.
 * A hold extended for a Checkout session also gets a job at its deadline
 * (scheduleHoldExpiry); the schedule expires every other hold within a
 * minute of its end.
 */
export async function registerBookingHoldExpiry(boss: PgBoss): Promise<string> {
  await boss.createQueue(BOOKING_HOLD_EXPIRY_QUEUE, {
    name: BOOKING_HOLD_EXPIRY_QUEUE,
    policy: "standard",
    retryLimit: 2,
    expireInSeconds: 5 * 60,
  });
  await boss.schedule(BOOKING_HOLD_EXPIRY_QUEUE, "* * * * *");
  return boss.work(BOOKING_HOLD_EXPIRY_QUEUE, async ([job]) => {
    try {
      await runHoldExpiry(job.id);
    } catch (error) {
      logger.error(
        { err: error, jobId: job.id, queue: BOOKING_HOLD_EXPIRY_QUEUE },
        "booking hold expiry job failed",
      );
      throw error;
    }
  });
}

async function runHoldExpiry(jobId: string) {
  const { result, queued } = await trackQueuedEmails(() => expireHolds(new Date()));
  if (queued) await requestEmailDelivery();
  if (result.expired > 0) {
    logger.info(
      { jobId, queue: BOOKING_HOLD_EXPIRY_QUEUE, expired: result.expired },
      "booking holds expired",
    );
  }
}

/**
 * Sends one expiry job per distinct deadline, to start at that deadline.
 * Call it after the transaction that set the holds has committed. Never
 * raises: the every-minute schedule expires the holds if this fails.
 */
export async function scheduleHoldExpiry(deadlines: Date[]) {
  const jobs = getRunningJobs();
  if (!jobs) {
    logger.debug("background jobs are not running here; the schedule will expire the holds");
    return;
  }
  const distinct = [...new Set(deadlines.map((deadline) => deadline.getTime()))];
  try {
    for (const time of distinct) {
      await jobs.boss.send(BOOKING_HOLD_EXPIRY_QUEUE, {}, { startAfter: new Date(time) });
    }
  } catch (error) {
    logger.error({ err: error, queue: BOOKING_HOLD_EXPIRY_QUEUE }, "hold expiry request failed");
  }
}
