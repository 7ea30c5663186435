import { getRunningJobs } from "@/lib/jobs/boss";
import { logger } from "@/lib/logger";

/**
 * Sends one job of `queue` per distinct deadline, to start at that deadline.
 * Call it after the transaction that set the deadlines has committed. Never
 * raises: each of these queues also runs every minute, which catches a
 * deadline whose job could not be sent.
 */
export async function sendAtDeadlines(queue: string, deadlines: Date[]) {
  const jobs = getRunningJobs();
  if (!jobs) {
    logger.debug({ queue }, "background jobs are not running here; the schedule will catch up");
    return;
  }
  const distinct = [...new Set(deadlines.map((deadline) => deadline.getTime()))];
  try {
    for (const time of distinct) {
      await jobs.boss.send(queue, {}, { startAfter: new Date(time) });
    }
  } catch (error) {
    logger.error({ err: error, queue }, "deadline job request failed");
  }
}
