import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";

import { DEFAULT_DEMO_HOUSEHOLDS, seedDemo } from "./seed-demo";

/** Creates a Prisma client on `databaseUrl` for scripts that run outside Next.js. */
export function createScriptClient(databaseUrl: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
}

/**
 * Returns true when the database contains no user and no quotient bracket,
 * the state right after the first migration.
 */
export async function isDatabaseEmpty(client: PrismaClient) {
  const [users, brackets] = await Promise.all([
    client.user.count(),
    client.quotientBracket.count(),
  ]);
  return users === 0 && brackets === 0;
}

/**
 * Seeds the demo association with DEFAULT_DEMO_HOUSEHOLDS households when
 * the database is empty, and does nothing otherwise. scripts/start.ts calls
 * it at every start.
 */
export async function seedDemoIfEmpty(databaseUrl: string) {
  const client = createScriptClient(databaseUrl);
  try {
    if (!(await isDatabaseEmpty(client))) {
      logger.info("database already has data: demo seed skipped");
      return;
    }
    const started = performance.now();
    const summary = await seedDemo(client, { households: DEFAULT_DEMO_HOUSEHOLDS });
    logger.info(
      { ...summary, durationMs: Math.round(performance.now() - started) },
      "demo data seeded",
    );
  } finally {
    await client.$disconnect();
  }
}
