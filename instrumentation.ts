// Next.js calls register() once when a server process starts. The Node.js
// part lives in its own module, so the Edge bundle of this file stays free
// of Node.js APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { startServerJobs } = await import("@/lib/jobs/server-jobs");
  await startServerJobs();
}
