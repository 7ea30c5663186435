import type PgBoss from "pg-boss";

/** The job queue of this process, once startJobs() has run. */
export type RunningJobs = {
  boss: PgBoss;
  /** Worker ids by queue name, to wake a local worker without waiting for its next poll. */
  workerIds: Map<string, string>;
};

// Kept on globalThis because instrumentation.ts and the server actions may
// load this module in separate bundles of one process.
const globalForJobs = globalThis as unknown as { runningJobs?: RunningJobs };

export function getRunningJobs(): RunningJobs | undefined {
  return globalForJobs.runningJobs;
}

export function setRunningJobs(jobs: RunningJobs | undefined) {
  globalForJobs.runningJobs = jobs;
}
