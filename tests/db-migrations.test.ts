import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

const migrationsDir = path.join(process.cwd(), "prisma/migrations");
const migrations = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("migrations", () => {
  // @prisma/adapter-pg (executeScript) splits a migration at every semicolon,
  // comments included, so a semicolon in a comment breaks `migrate deploy`.
  test.each(migrations)("%s has no semicolon in a comment", (name) => {
    const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
    const commentsWithSemicolon = sql
      .split("\n")
      .filter((line) => line.trimStart().startsWith("--") && line.includes(";"));
    expect(commentsWithSemicolon).toEqual([]);
  });
});
