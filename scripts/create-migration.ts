// Writes the difference between the last migrated schema and
// prisma/schema.prisma into a new timestamped migration folder. `prisma
// migrate dev` cannot be used here: its native engine is not reachable from
// these machines.
//
// The last migrated schema is prisma/schema.prisma as committed with the
// newest migration folder. Diffing from the migrations themselves
// (`--from-migrations`) makes Prisma 6.19's WebAssembly schema engine stop
// with "RuntimeError: unreachable" once a migration adds CHECK constraints.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { openDatabase } from "./lib/database";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}

const migrationsDir = path.join("prisma", "migrations");
const hasMigrations =
  existsSync(migrationsDir) && readdirSync(migrationsDir).some((entry) => /^\d{14}_/.test(entry));

// A port apart from the app's own database, so both can run at once.
const database = await openDatabase(
  "dev-postgres",
  Number(process.env.EMBEDDED_DB_PORT ?? 5433) + 100,
);
try {
  const from = hasMigrations ? ["--from-schema-datamodel", lastMigratedSchema()] : ["--from-empty"];
  let sql = "";
  try {
    sql = execFileSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        ...from,
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
        "--exit-code",
      ],
      { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" },
    );
    console.log("The schema matches the migrations: nothing to write.");
  } catch (error) {
    // --exit-code makes the command exit with 2 when there is a difference.
    const failure = error as { status?: number; stdout?: string };
    if (failure.status !== 2 || !failure.stdout) throw error;
    sql = failure.stdout;
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    const lockFile = path.join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lockFile)) {
      writeFileSync(lockFile, 'provider = "postgresql"\n');
    }
    console.log(`Wrote ${folder}/migration.sql`);
  }
} finally {
  await database.stop();
}

/** Writes the schema committed with the newest migration to a temporary file and returns its path. */
function lastMigratedSchema() {
  const commit = execFileSync("git", ["log", "-1", "--format=%H", "--", migrationsDir], {
    encoding: "utf8",
  }).trim();
  if (!commit)
    throw new Error("No commit found for prisma/migrations: commit the migrations first.");
  const schema = execFileSync("git", ["show", `${commit}:prisma/schema.prisma`], {
    encoding: "utf8",
  });
  const file = path.join(tmpdir(), `entraide-migrated-${commit.slice(0, 12)}.prisma`);
  writeFileSync(file, schema);
  return file;
}
