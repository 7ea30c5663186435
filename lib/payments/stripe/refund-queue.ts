import type PgBoss from "pg-boss";

import { getRunningJobs } from "@/lib/jobs/boss";
import { logger } from "@/lib/logger";
import { issueStripeRefund, unsentStripeRefundIds } from "@/lib/payments/stripe/issue-refund";

/** The pg-boss queue that sends card refunds to Stripe. */
export const STRIPE_REFUND_QUEUE = "stripe-refund";

type StripeRefundJob = { refundId?: string };

/**
 * Sends one job per card refund, so Stripe is asked within seconds. Call it
 * after the transaction that created the refunds (createRefund) has
 * committed. Never raises: the every-minute sweep sends any refund whose
 * job was not queued.
 */
export async function queueStripeRefunds(refundIds: string[]) {
  if (refundIds.length === 0) return;
  const jobs = getRunningJobs();
  if (!jobs) {
    logger.debug("background jobs are not running here; the sweep will send the refunds");
    return;
  }
  try {
    for (const refundId of refundIds) {
      await jobs.boss.send(STRIPE_REFUND_QUEUE, { refundId } satisfies StripeRefundJob);
    }
    const workerId = jobs.workerIds.get(STRIPE_REFUND_QUEUE);
    if (workerId) jobs.boss.notifyWorker(workerId);
  } catch (error) {
    logger.error({ err: error, queue: STRIPE_REFUND_QUEUE, refundIds }, "refund request failed");
  }
}

/**
 * Creates the queue, its every-minute sweep of unsent card refunds and this
 * process's worker. A job with a refund id sends that refund; the scheduled
 * job, which has none, sends every unsent one.
 */
export async function registerStripeRefunds(boss: PgBoss): Promise<string> {
  await boss.createQueue(STRIPE_REFUND_QUEUE, {
    name: STRIPE_REFUND_QUEUE,
    policy: "standard",
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 5 * 60,
  });
  await boss.schedule(STRIPE_REFUND_QUEUE, "* * * * *", {});
  return boss.work<StripeRefundJob>(STRIPE_REFUND_QUEUE, async ([job]) => {
    try {
      await runStripeRefundJob(job.id, job.data ?? {});
    } catch (error) {
      logger.error(
        { err: error, jobId: job.id, queue: STRIPE_REFUND_QUEUE, refundId: job.data?.refundId },
        "Stripe refund job failed",
      );
      throw error;
    }
  });
}

async function runStripeRefundJob(jobId: string, data: StripeRefundJob) {
  if (data.refundId) {
    await sendRefund(jobId, data.refundId);
    return;
  }
  // The sweep carries on past a failed refund; the next sweep retries it.
  for (const refundId of await unsentStripeRefundIds()) {
    try {
      await sendRefund(jobId, refundId);
    } catch (error) {
      logger.error(
        { err: error, jobId, queue: STRIPE_REFUND_QUEUE, refundId },
        "card refund failed",
      );
    }
  }
}

async function sendRefund(jobId: string, refundId: string) {
  const outcome = await issueStripeRefund(refundId);
  if (outcome !== "skipped") {
    logger.info({ jobId, queue: STRIPE_REFUND_QUEUE, refundId, outcome }, "card refund sent");
  }
}
