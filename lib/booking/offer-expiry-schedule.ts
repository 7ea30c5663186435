import { BOOKING_OFFER_EXPIRY_QUEUE } from "@/lib/booking/offer-expiry-queue";
import { getRunningJobs } from "@/lib/jobs/boss";
import { logger } from "@/lib/logger";

/**
 * Sends one expiry job per distinct deadline, to start at that deadline.
 * Call it after the transaction that made the offers has committed. Never
 * raises: the every-minute schedule expires the offers if this fails.
 */
export async function scheduleOfferExpiry(deadlines: Date[]) {
  const jobs = getRunningJobs();
  if (!jobs) {
    logger.debug("background jobs are not running here; the schedule will expire the offers");
    return;
  }
  const distinct = [...new Set(deadlines.map((deadline) => deadline.getTime()))];
  try {
    for (const time of distinct) {
      await jobs.boss.send(BOOKING_OFFER_EXPIRY_QUEUE, {}, { startAfter: new Date(time) });
    }
  } catch (error) {
    logger.error({ err: error, queue: BOOKING_OFFER_EXPIRY_QUEUE }, "offer expiry request failed");
  }
}
