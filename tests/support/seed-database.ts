// A separate, freshly migrated database on the test server, for tests that
// need tables of their own (the demo seed writes fixed e-mails and bracket
// years that would collide with other test files).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { uniqueSuffix } from "./factories";

function adminUrl() {
  const url = new URL(process.env.DATABASE_URL ?? "");
  url.pathname = "/postgres";
  return url.toString();
}

/** Creates a database named after `prefix`, applies every migration and returns its URL. */
export async function createMigratedDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${uniqueSuffix()}`.replace(/[^a-z0-9_]/g, "_");
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(process.env.DATABASE_URL ?? "");
  url.pathname = `/${name}`;
  const migrationsDir = path.resolve("prisma/migrations");
  const folders = readdirSync(migrationsDir)
    .filter((entry) => /^\d{14}_/.test(entry))
    .sort();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const folder of folders) {
    await client.query(readFileSync(path.join(migrationsDir, folder, "migration.sql"), "utf8"));
  }
  await client.end();
  return url.toString();
}

export async function dropDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
