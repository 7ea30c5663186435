// Seeds the demo association into the development database (embedded
// PostgreSQL in .data/postgres unless DATABASE_URL is set), after applying
// the migrations. Stop `npm run dev` first: both use the same data folder.
//   npm run db:seed -- --households 12000 [--seed 31555] [--reset]
import { parseArgs } from "node:util";

import { logger } from "@/lib/logger";
import { storage } from "@/lib/storage";

import { DEFAULT_DEMO_HOUSEHOLDS, DEFAULT_DEMO_SEED, seedDemo } from "../prisma/seed/seed-demo";
import { createScriptClient, isDatabaseEmpty } from "../prisma/seed/seed-if-empty";
import { migrateDatabase, openDatabase } from "./lib/database";

const { values } = parseArgs({
  options: {
    households: { type: "string", default: String(DEFAULT_DEMO_HOUSEHOLDS) },
    seed: { type: "string", default: String(DEFAULT_DEMO_SEED) },
    reset: { type: "boolean", default: false },
  },
});

const households = Number(values.households);
const seed = Number(values.seed);
if (!Number.isInteger(households) || households < 1) {
  throw new Error(`--households must be a positive integer, got "${values.households}".`);
}
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}".`);

/** Deletes every row of the application's tables and the stored files of their documents. */
async function deleteAllData(client: ReturnType<typeof createScriptClient>) {
  const documents = await client.supportingDocument.findMany({ select: { storageKey: true } });
  const tables = await client.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const list = tables.map((table) => `"${table.tablename.replaceAll('"', '""')}"`).join(", ");
  await client.$executeRawUnsafe(`TRUNCATE TABLE ${list} CASCADE`);
  for (const document of documents) await storage.remove(document.storageKey);
  logger.info({ tables: tables.length, files: documents.length }, "existing data deleted");
}

// The demo's booking and payment e-mails link to the app, which
// `npm run dev` serves on 127.0.0.1:$PORT.
process.env.NEXTAUTH_URL ??= `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const database = await openDatabase("postgres", Number(process.env.EMBEDDED_DB_PORT ?? 5433));
const client = createScriptClient(database.url);
try {
  await migrateDatabase(database.url);
  if (!(await isDatabaseEmpty(client))) {
    if (!values.reset) {
      throw new Error(
        "The database already has data. Run again with --reset to delete it first, " +
          "or set DATABASE_URL to an empty database.",
      );
    }
    await deleteAllData(client);
  }
  const started = performance.now();
  const summary = await seedDemo(client, { households, seed });
  logger.info(
    { ...summary, seed, durationMs: Math.round(performance.now() - started) },
    "demo data seeded",
  );
} finally {
  await client.$disconnect();
  await database.stop();
}
