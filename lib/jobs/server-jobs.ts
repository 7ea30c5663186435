import { startJobs, stopJobs } from "@/lib/jobs/runner";
import { logger } from "@/lib/logger";

/**
 * Starts this server's background jobs unless JOBS_DISABLED=1, and stops
 * them on SIGTERM or SIGINT. A failure to start is logged, not raised, so
 * the site still serves pages.
 */
export async function startServerJobs() {
  if (process.env.JOBS_DISABLED === "1") {
    logger.info("background jobs disabled by JOBS_DISABLED=1");
    return;
  }

  try {
    await startJobs();
  } catch (error) {
    // Queued e-mails wait for an instance whose jobs are running, or for
    // this one's restart.
    logger.error({ err: error }, "background jobs failed to start");
    return;
  }

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      stopJobs().catch((error) => logger.error({ err: error }, "background jobs failed to stop"));
    });
  }
}
