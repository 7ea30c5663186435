// Gives the test run a real, freshly migrated PostgreSQL: the one named by
// TEST_DATABASE_URL, or an embedded PostgreSQL 17 on a free local port.
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

import pg from "pg";

import { startEmbeddedPostgres, type RunningDatabase } from "../../scripts/lib/database";

let database: RunningDatabase | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** Drops and recreates the test database, then runs every migration's SQL in order. */
async function recreateDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";

  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  await adminClient.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminClient.query(`CREATE DATABASE "${name}"`);
  await adminClient.end();

  const migrationsDir = path.resolve("prisma/migrations");
  const folders = readdirSync(migrationsDir)
    .filter((entry) => /^\d{14}_/.test(entry))
    .sort();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const folder of folders) {
    await client.query(readFileSync(path.join(migrationsDir, folder, "migration.sql"), "utf8"));
  }
  await client.end();
}

export async function setup() {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    database = await startEmbeddedPostgres({
      dataDir: ".data/test-postgres",
      port: await freePort(),
      database: "entraide_test",
    });
    url = database.url;
  }
  await recreateDatabase(url);
  process.env.DATABASE_URL = url;
  process.env.STORAGE_DIR ??= path.resolve(".data/test-uploads");
  process.env.EMAIL_OUTBOX_DIR ??= path.resolve(".data/test-outbox");
}

export async function teardown() {
  await database?.stop();
}
