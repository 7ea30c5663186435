import type PgBoss from "pg-boss";

import { BOOKING_OFFER_EXPIRY_QUEUE } from "@/lib/booking/offer-expiry-queue";
import { expireOffers } from "@/lib/booking/waiting-list";
import { trackQueuedEmails } from "@/lib/email/outbox";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";
import { logger } from "@/lib/logger";

/**
 * Creates the queue, its every-minute schedule and this process's worker.
 * Each waiting-list offer also gets a job at its deadline
 * (scheduleOfferExpiry), so it expires within seconds of it. The schedule
 * catches any offer whose job was lost.
 */
export async function registerBookingOfferExpiry(boss: PgBoss): Promise<string> {
  await boss.createQueue(BOOKING_OFFER_EXPIRY_QUEUE, {
    name: BOOKING_OFFER_EXPIRY_QUEUE,
    policy: "standard",
    retryLimit: 2,
    expireInSeconds: 5 * 60,
  });
  await boss.schedule(BOOKING_OFFER_EXPIRY_QUEUE, "* * * * *");
  return boss.work(BOOKING_OFFER_EXPIRY_QUEUE, async ([job]) => {
    try {
      await runOfferExpiry(job.id);
    } catch (error) {
      logger.error(
        { err: error, jobId: job.id, queue: BOOKING_OFFER_EXPIRY_QUEUE },
        "booking offer expiry job failed",
      );
      throw error;
    }
  });
}

async function runOfferExpiry(jobId: string) {
  const { result, queued } = await trackQueuedEmails(() => expireOffers(new Date()));
  if (queued) await requestEmailDelivery();
  if (result.expired > 0) {
    logger.info(
      { jobId, queue: BOOKING_OFFER_EXPIRY_QUEUE, expired: result.expired },
      "booking offers expired",
    );
  }
}
