// Builds the demo association from the real public data in data/: the
// quotient grid of data/qf-brackets.json, the communes of Haute-Garonne, and
// generated households with their documents stored through lib/storage.
import { base, Faker, fr } from "@faker-js/faker";

import { hashPassword } from "@/lib/auth/password";
import { currentYear, todayInParis } from "@/lib/dates";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { storage as defaultStorage, type FileStorage } from "@/lib/storage";

import { buildDemoCatalogue, type CatalogueRows } from "./catalogue";
import { comingSeasonYear } from "./catalogue-dates";
import { DEMO_PASSWORD, demoFamilyHousehold, demoMemberHousehold } from "./demo-accounts";
import { seedDemoActivity } from "./demo-activity";
import { removeStoredPdfs, storePdfs } from "./documents";
import { demoBracketGrid } from "./grid";
import { generateHouseholds, type HouseholdPlan } from "./households";
import { SeedRowBuilder, type SeedRows } from "./rows";

export const DEFAULT_DEMO_HOUSEHOLDS = 300;
export const DEFAULT_DEMO_SEED = 31_555;

// Rows per INSERT. 1,000 documents of 17 columns stay far below
// PostgreSQL's limit of 65,535 bind parameters per statement, and in one
// measurement 1,000 was faster than 500 or 3,000 rows.
const BATCH_SIZE = 1_000;

export type SeedDemoOptions = {
  /** Households in total, the demo member's included. */
  households?: number;
  /** Faker seed; the same seed and day give the same people and ids. */
  seed?: number;
  now?: Date;
  storage?: FileStorage;
};

export type SeedDemoSummary = {
  households: number;
  users: number;
  dependants: number;
  documents: number;
  quotients: number;
  offers: number;
  sessions: number;
  bookings: number;
  payments: number;
  refunds: number;
  instalmentBookings: number;
};

/**
 * Writes the demo association into the database in one transaction: the
 * quotient brackets of the previous, current and next year, the demo accounts and
 * `households` households. Then books and pays sessions for some of them
 * through the domain functions (demo-activity.ts), each step in its own
 * transaction. It does not check that the database is empty,
 * but the demo e-mails and bracket years must not exist yet. If the
 * transaction fails, the stored files are removed.
 */
export async function seedDemo(
  client: PrismaClient,
  options: SeedDemoOptions = {},
): Promise<SeedDemoSummary> {
  const count = options.households ?? DEFAULT_DEMO_HOUSEHOLDS;
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`households must be a positive integer, got ${count}`);
  }
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const now = options.now ?? new Date();
  const storage = options.storage ?? defaultStorage;
  const brackets = demoBracketGrid();

  const generated = generateHouseholds({
    faker: new Faker({ locale: [fr, base], seed }),
    count: Math.max(0, count - 2),
    today: todayInParis(now),
    brackets,
  });
  const plans = [
    demoMemberHousehold(brackets),
    ...(count > 1 ? [demoFamilyHousehold(brackets)] : []),
    ...generated.map(withNextYear),
  ];
  const seasonYear = comingSeasonYear(todayInParis(now));
  const catalogue = buildDemoCatalogue(seasonYear);

  // One hash for every demo account: argon2 is slow on purpose.
  const builder = new SeedRowBuilder(new Faker({ locale: [fr, base], seed: seed + 1 }), {
    now,
    year: currentYear(now),
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  builder.addBrackets(brackets);
  builder.addStaff();
  for (const plan of plans) builder.addHousehold(plan);
  const { rows } = builder;

  const files = await storePdfs(
    storage,
    rows.documents.map((document) => document.pdf),
  );
  try {
    await client.$transaction(
      async (tx) => {
        await insertRows(tx, rows, files);
        await insertCatalogue(tx, catalogue);
      },
      {
        maxWait: 10_000,
        // 12,000 households take tens of seconds; the limit only stops a
        // transaction that hangs.
        timeout: 15 * 60_000,
      },
    );
  } catch (error) {
    await removeStoredPdfs(storage, files);
    throw error;
  }
  const activity = await seedDemoActivity(client, { seed, seasonYear });

  return {
    households: rows.households.length,
    users: rows.users.length,
    dependants: rows.dependants.length,
    documents: rows.documents.length,
    quotients: rows.quotients.length,
    offers: catalogue.offers.length,
    sessions: catalogue.sessions.length,
    ...activity,
  };
}

/**
 * Gives most active members next year's membership (nine in ten), and four
 * in five of them next year's quotient, chosen by position so the same seed
 * gives the same households.
 */
function withNextYear(plan: HouseholdPlan, index: number): HouseholdPlan {
  const membership = plan.membership === "ACTIVE" && index % 10 !== 9;
  return { ...plan, nextYear: { membership, quotient: membership && index % 5 !== 4 } };
}

async function insertCatalogue(tx: Prisma.TransactionClient, catalogue: CatalogueRows) {
  await tx.offer.createMany({ data: catalogue.offers });
  await tx.offerSubsidy.createMany({ data: catalogue.subsidies });
  await tx.cancellationTier.createMany({ data: catalogue.cancellationTiers });
  await tx.offerSession.createMany({ data: catalogue.sessions });
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await insert(rows.slice(start, start + BATCH_SIZE));
  }
}

/** Inserts the rows in foreign-key order. */
async function insertRows(
  tx: Prisma.TransactionClient,
  rows: SeedRows,
  files: Awaited<ReturnType<typeof storePdfs>>,
) {
  await insertInBatches(rows.brackets, (data) => tx.quotientBracket.createMany({ data }));
  await insertInBatches(rows.users, (data) => tx.user.createMany({ data }));
  await insertInBatches(rows.households, (data) => tx.household.createMany({ data }));
  await insertInBatches(rows.members, (data) => tx.member.createMany({ data }));
  await insertInBatches(rows.dependants, (data) => tx.dependant.createMany({ data }));
  await insertInBatches(rows.memberships, (data) => tx.membership.createMany({ data }));
  const documents = rows.documents.map((document, index) => ({ ...document.row, ...files[index] }));
  await insertInBatches(documents, (data) => tx.supportingDocument.createMany({ data }));
  await insertInBatches(rows.quotients, (data) => tx.householdQuotient.createMany({ data }));
  await insertInBatches(rows.auditEntries, (data) => tx.auditEntry.createMany({ data }));
}
