import type PgBoss from "pg-boss";

import { trackQueuedEmails } from "@/lib/email/outbox";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";
import { logger } from "@/lib/logger";
import { expireHolds } from "@/lib/payments/hold-expiry";
import { BOOKING_HOLD_EXPIRY_QUEUE } from "@/lib/payments/hold-expiry-schedule";

export { BOOKING_HOLD_EXPIRY_QUEUE } from "@/lib/payments/hold-expiry-schedule";

/**
 * Creates the queue, its every-minute schedule and this process's worker.
 * Each hold also gets a job at its deadline (scheduleHoldExpiry); the
 * schedule catches a hold whose job could not be sent.
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
