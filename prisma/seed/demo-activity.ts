// The demo's bookings and payments, made after the association's rows are
// written: staff book sessions for generated households at the office and
// the Caisse takes their payments. They go through the domain functions, so
// audit entries, receipt numbers, places and e-mails are what the app
// itself would write.
import { Faker, base, fr } from "@faker-js/faker";

import type { StaffActor } from "@/lib/auth/guards";
import { db, withDatabaseClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { OfferKind } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { OFFER_SECTORS } from "@/lib/staff/sectors";

import { DEMO_STAFF } from "./demo-accounts";
import { seedDemoBookings } from "./demo-bookings";
import { seedDemoPayments, type DemoPaymentsSummary } from "./demo-payments";

export const DEMO_CASHIER_EMAIL = "prestations@entraide.test";

export type DemoActivitySummary = DemoPaymentsSummary & { bookings: number };

/**
 * Books sessions of `seasonYear` for generated households and pays part of
 * them, on the database of `client`. The households, sessions, tenders and
 * amounts follow from `seed`; ids, booking references and timestamps do not.
 */
export async function seedDemoActivity(
  client: PrismaClient,
  options: { seed: number; seasonYear: number },
): Promise<DemoActivitySummary> {
  const started = performance.now();
  // The bulk insert left the planner without statistics, and with 12,000
  // households its guesses made the booking queries several times slower.
  await client.$executeRawUnsafe("ANALYZE");
  const summary = await withDatabaseClient(client, async () => {
    // Its own sequence, so a change here leaves the generated people alone.
    const random = new Faker({ locale: [fr, base], seed: options.seed + 2 });
    const staffByKind = await loadOfferManagers();
    const cashier = await loadStaff(DEMO_CASHIER_EMAIL);

    const bookings = await seedDemoBookings(random, options.seasonYear, staffByKind);
    const payments = await seedDemoPayments(random, bookings, cashier, staffByKind);
    return { bookings: bookings.length, ...payments };
  });
  logger.info(
    { ...summary, durationMs: Math.round(performance.now() - started) },
    "demo bookings and payments seeded",
  );
  return summary;
}

/** Returns, for each kind of offer, the demo staff account of the first sector that manages it. */
async function loadOfferManagers(): Promise<Record<OfferKind, StaffActor>> {
  const entries = await Promise.all(
    (Object.keys(OFFER_SECTORS) as OfferKind[]).map(async (kind) => {
      const sector = OFFER_SECTORS[kind][0];
      const account = DEMO_STAFF.find((staff) => staff.sector === sector);
      if (!account) throw new Error(`No demo staff account for the sector ${sector}.`);
      return [kind, await loadStaff(account.email)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<OfferKind, StaffActor>;
}

async function loadStaff(email: string): Promise<StaffActor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, sectors: true },
  });
  if (user.role === "MEMBER") throw new Error(`${email} is not a staff account.`);
  return { userId: user.id, role: user.role, sectors: user.sectors };
}
