import { defineConfig } from "prisma/config";

import { createMigrationAdapter } from "./prisma/migration-adapter";

// `prisma generate` tries to download a native engine when DATABASE_URL is
// missing, so the variable gets a syntactically valid default. Commands
// that touch a database run through scripts that set the real URL.
process.env.DATABASE_URL ??= "postgresql://postgres:postgres@127.0.0.1:5433/entraide";
const databaseUrl = process.env.DATABASE_URL;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => createMigrationAdapter(databaseUrl),
});
