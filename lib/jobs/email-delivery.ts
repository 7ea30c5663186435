import type PgBoss from "pg-boss";

import { deliverPendingEmails } from "@/lib/email/deliver";
import { getRunningJobs } from "@/lib/jobs/boss";
import { logger } from "@/lib/logger";

export const EMAIL_DELIVERY_QUEUE = "email-delivery";

const BATCH_SIZE = 50;
// Caps one run at 1,000 e-mails, so that a large backlog ends well within the
// job's 5-minute expiry at about 0.1 s per message (an estimate). The next
// run carries on.
const MAX_BATCHES_PER_RUN = 20;

/**
 * Creates the queue, its every-minute schedule (a safety net for e-mails
 * whose delivery request was lost) and this process's worker.
 */
export async function registerEmailDelivery(boss: PgBoss): Promise<string> {
  // "stately" keeps at most one queued and one running job: requests made
  // while a run is queued add nothing, and a request during a run queues
  // exactly one more, so no e-mail waits for the next minute.
  await boss.createQueue(EMAIL_DELIVERY_QUEUE, {
    name: EMAIL_DELIVERY_QUEUE,
    policy: "stately",
    retryLimit: 0,
    expireInSeconds: 5 * 60,
  });
  await boss.schedule(EMAIL_DELIVERY_QUEUE, "* * * * *");
  return boss.work(EMAIL_DELIVERY_QUEUE, async ([job]) => {
    try {
      await runEmailDelivery(job.id);
    } catch (error) {
      logger.error(
        { err: error, jobId: job.id, queue: EMAIL_DELIVERY_QUEUE },
        "e-mail delivery job failed",
      );
      throw error;
    }
  });
}

async function runEmailDelivery(jobId: string) {
  let sent = 0;
  let failed = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch += 1) {
    const result = await deliverPendingEmails({ limit: BATCH_SIZE });
    sent += result.sent;
    failed += result.failed;
    if (result.claimed < BATCH_SIZE) break;
  }
  if (sent > 0 || failed > 0) {
    logger.info(
      { jobId, queue: EMAIL_DELIVERY_QUEUE, sent, failed },
      "e-mail delivery job finished",
    );
  }
}

/**
 * Asks for a delivery run now, so e-mails queued by a committed transaction
 * leave within seconds instead of at the next scheduled run. Call it after
 * the commit. Never raises: the e-mails are safe in the outbox, and the
 * schedule sends them within about a minute if this request fails.
 */
export async function requestEmailDelivery() {
  const jobs = getRunningJobs();
  if (!jobs) {
    logger.debug("background jobs are not running here; the schedule will send the e-mails");
    return;
  }
  try {
    await jobs.boss.send(EMAIL_DELIVERY_QUEUE, {});
    const workerId = jobs.workerIds.get(EMAIL_DELIVERY_QUEUE);
    if (workerId) jobs.boss.notifyWorker(workerId);
  } catch (error) {
    logger.error({ err: error, queue: EMAIL_DELIVERY_QUEUE }, "e-mail delivery request failed");
  }
}
