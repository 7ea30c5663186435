import PgBoss from "pg-boss";

import { registerBookingOfferExpiry } from "@/lib/booking/offer-expiry-job";
import { BOOKING_OFFER_EXPIRY_QUEUE } from "@/lib/booking/offer-expiry-queue";
import { getRunningJobs, setRunningJobs } from "@/lib/jobs/boss";
import { EMAIL_DELIVERY_QUEUE, registerEmailDelivery } from "@/lib/jobs/email-delivery";
import { logger } from "@/lib/logger";
import {
  BOOKING_HOLD_EXPIRY_QUEUE,
  registerBookingHoldExpiry,
} from "@/lib/payments/hold-expiry-job";
import {
  INSTALMENT_REMINDERS_QUEUE,
  registerInstalmentReminders,
} from "@/lib/payments/instalments-reminders";
import { registerStripeRefunds, STRIPE_REFUND_QUEUE } from "@/lib/payments/stripe/refund-queue";

/**
 * Starts pg-boss on the app's PostgreSQL and this process's workers. Every
 * instance runs the same workers. pg-boss hands each job to one of them, and
 * its timekeeper sends a cron job once per minute across all instances.
 */
export async function startJobs(options: { connectionString?: string } = {}) {
  if (getRunningJobs()) return;

  const connectionString = options.connectionString ?? process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: background jobs are stored in PostgreSQL.");
  }
  const boss = new PgBoss({
    connectionString,
    application_name: "entraide-jobs",
    max: 4,
  });
  boss.on("error", (error) => {
    logger.error({ err: summarizeError(error) }, "background job queue error");
  });

  await boss.start();
  const workerIds = new Map<string, string>();
  workerIds.set(EMAIL_DELIVERY_QUEUE, await registerEmailDelivery(boss));
  workerIds.set(BOOKING_OFFER_EXPIRY_QUEUE, await registerBookingOfferExpiry(boss));
  workerIds.set(BOOKING_HOLD_EXPIRY_QUEUE, await registerBookingHoldExpiry(boss));
  workerIds.set(STRIPE_REFUND_QUEUE, await registerStripeRefunds(boss));
  workerIds.set(INSTALMENT_REMINDERS_QUEUE, await registerInstalmentReminders(boss));
  setRunningJobs({ boss, workerIds });
  logger.info({ queues: [...workerIds.keys()] }, "background jobs started");
}

/** Stops the workers, letting running jobs finish for up to 10 seconds. */
export async function stopJobs() {
  const jobs = getRunningJobs();
  if (!jobs) return;
  setRunningJobs(undefined);
  logger.info("background jobs stopping");
  await jobs.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  logger.info("background jobs stopped");
}

/**
 * Keeps the fields worth logging: errors from pg's pool carry the whole
 * client object (connection settings, buffers), many kilobytes per line.
 */
function summarizeError(error: Error & { code?: string }) {
  return { type: error.name, message: error.message, code: error.code, stack: error.stack };
}
