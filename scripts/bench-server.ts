// The benchmark's own PostgreSQL database and production Next.js server.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";

import pg from "pg";

import { runCommand, startEmbeddedPostgres, type RunningDatabase } from "./lib/database";

export const BENCH_DIR = path.join(".data", "bench");
const BENCH_DATABASE = "entraide_bench";
const EMBEDDED_DATA_DIR = path.join(BENCH_DIR, "postgres");

// Files and folders that `next build` compiles. When one of them is newer
// than .next/BUILD_ID, the build is stale.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "data",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "tsconfig.json",
];

/** Returns a TCP port that is free on 127.0.0.1 at the time of the call. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const child of readdirSync(entry)) {
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  }
  return newest;
}

/** Returns why the production build must be redone, or null when `.next` is up to date. */
export function staleBuildReason(): string | null {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return ".next has no production build";
  const builtAt = statSync(buildId).mtimeMs;
  const changed = BUILD_INPUTS.find((entry) => newestModification(entry) > builtAt);
  return changed ? `${changed} changed after the last build` : null;
}

export function buildApp() {
  return runCommand("npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
}

/**
 * Opens the server of DATABASE_URL (local addresses only) or starts an
 * embedded PostgreSQL in .data/bench, then drops and recreates the
 * `entraide_bench` database on it. The caller's own database is never touched.
 * `dataDir` is the embedded server's data folder, undefined with DATABASE_URL.
 */
export async function openBenchDatabase(
  embeddedPort: number,
): Promise<RunningDatabase & { dataDir?: string }> {
  const external = process.env.DATABASE_URL;
  let server: RunningDatabase;
  if (external) {
    if (!/@(127\.0\.0\.1|localhost)[:/]/.test(external)) {
      throw new Error(
        "The benchmark drops and recreates a database, so it rejects a non-local " +
          "DATABASE_URL. Point it at a server on 127.0.0.1 or unset it.",
      );
    }
    server = { url: external, stop: async () => {} };
  } else {
    server = await startEmbeddedPostgres({
      dataDir: EMBEDDED_DATA_DIR,
      port: embeddedPort,
      database: "postgres",
    });
  }

  const target = new URL(server.url);
  target.pathname = `/${BENCH_DATABASE}`;
  const admin = new URL(server.url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await client.end();
  }
  const dataDir = external ? undefined : EMBEDDED_DATA_DIR;
  return { url: target.toString(), stop: server.stop, dataDir };
}

export type RunningApp = {
  baseUrl: string;
  pid: number;
  logFile: string;
  stop: () => Promise<void>;
};

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`next start exited with ${child.exitCode}. See ${logFile}.`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${baseUrl}/api/health did not return 200 within 60 s. See ${logFile}.`);
}

/**
 * Starts `next start` on 127.0.0.1 with a fresh NEXTAUTH_SECRET, its output
 * in .data/bench/server.log and its e-mails and uploads under .data/bench,
 * and resolves once /api/health returns 200.
 */
export async function startProductionServer(options: {
  port: number;
  databaseUrl: string;
  poolSize?: number;
  /** Folder where Node.js writes a CPU profile of the server when it stops. */
  cpuProfileDir?: string;
}): Promise<RunningApp> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const logFile = path.join(BENCH_DIR, "server.log");
  const log = openSync(logFile, "w");
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

  const profiling = options.cpuProfileDir
    ? ["--cpu-prof", "--cpu-prof-dir", options.cpuProfileDir]
    : [];
  const child = spawn(
    process.execPath,
    [...profiling, nextBin, "start", "--port", String(options.port), "--hostname", "127.0.0.1"],
    {
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: options.databaseUrl,
        ...(options.poolSize ? { DATABASE_POOL_SIZE: String(options.poolSize) } : {}),
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        NEXTAUTH_URL: baseUrl,
        EMAIL_OUTBOX_DIR: path.join(BENCH_DIR, "outbox"),
        STORAGE_DIR: path.join(BENCH_DIR, "uploads"),
      },
    },
  );

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    if (!(await waitForExit(child, 10_000))) {
      child.kill("SIGKILL");
      await waitForExit(child, 5_000);
    }
  };

  try {
    await waitForHealth(baseUrl, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, logFile, stop };
}
