// Next.js calls register() once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { logger } = await import("@/lib/logger");
  if (process.env.JOBS_DISABLED === "1") {
    logger.info("background jobs disabled by JOBS_DISABLED=1");
    return;
  }

  const { startJobs, stopJobs } = await import("@/lib/jobs/runner");
  try {
    await startJobs();
  } catch (error) {
    // The site still serves pages; queued e-mails wait for an instance
    // whose jobs are running, or for this one's restart.
    logger.error({ err: error }, "background jobs failed to start");
    return;
  }
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      stopJobs().catch((error) => logger.error({ err: error }, "background jobs failed to stop"));
    });
  }
}
