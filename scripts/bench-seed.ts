// The benchmark's data, written with createMany in a few statements. Every
// member may book: an active membership for the sessions' year and a
// validated child. Half of the households have a quotient. The sessions are
// published FIRST_COME ones, from a few places to more than a run can fill.
import { hashPassword } from "@/lib/auth/password";
import { currentYear } from "@/lib/dates";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { OfferKind } from "@/lib/generated/prisma/enums";

import { demoBracketGrid } from "../prisma/seed/grid";

export const BENCH_PASSWORD = "bench-password";

// Small sessions fill up within seconds, so the run produces both
// confirmed and waiting-list bookings. The largest ones never fill.
const CAPACITIES = [4, 8, 16, 60];
// Rentals are left out: one takes a single place booked by the member alone,
// while the bench books children and adults by the place.
const OFFER_KINDS: OfferKind[] = ["TRIP", "ACTIVITY", "TICKET"];
const BATCH_SIZE = 1_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type BenchMember = { email: string; memberId: string; childId: string };
export type BenchSession = {
  id: string;
  slug: string;
  audience: "CHILDREN" | "EVERYONE";
  /** Whether this is the first week of its offer, which gets half of the booking requests. */
  popular: boolean;
};
export type BenchData = { year: number; members: BenchMember[]; sessions: BenchSession[] };

/**
 * Returns an id shaped like a cuid (a "c" then 24 lower-case letters and
 * digits), as Prisma's default ids are, so that schemas checking the shape
 * accept it. The tag keeps the ids readable in the database.
 */
function benchId(tag: string, index: number) {
  return `c${tag}${String(index).padStart(24 - tag.length, "0")}`;
}

function isoDate(year: number, month: number, day: number) {
  return new Date(Date.UTC(year, month - 1, day));
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await insert(rows.slice(start, start + BATCH_SIZE));
  }
}

/** Adds the quotient grid for each year and returns the bracket ids of `year` by position. */
async function seedBrackets(tx: Prisma.TransactionClient, years: number[], year: number) {
  const grid = demoBracketGrid();
  const rows = years.flatMap((gridYear, yearIndex) =>
    grid.map((bracket) => ({
      id: benchId(`benchbracket${yearIndex}`, bracket.position),
      year: gridYear,
      ...bracket,
    })),
  );
  await tx.quotientBracket.createMany({ data: rows });
  const forYear = rows.filter((row) => row.year === year);
  return { grid, idByPosition: new Map(forYear.map((row) => [row.position, row.id])) };
}

async function seedHouseholds(
  tx: Prisma.TransactionClient,
  options: { count: number; years: number[]; sessionYear: number; passwordHash: string },
): Promise<BenchMember[]> {
  const { grid, idByPosition } = await seedBrackets(tx, options.years, options.sessionYear);
  const users: Prisma.UserCreateManyInput[] = [];
  const households: Prisma.HouseholdCreateManyInput[] = [];
  const members: Prisma.MemberCreateManyInput[] = [];
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const dependants: Prisma.DependantCreateManyInput[] = [];
  const documents: Prisma.SupportingDocumentCreateManyInput[] = [];
  const quotients: Prisma.HouseholdQuotientCreateManyInput[] = [];
  const benchMembers: BenchMember[] = [];

  for (let index = 1; index <= options.count; index += 1) {
    const number = String(index).padStart(4, "0");
    const userId = benchId("benchuser", index);
    const householdId = benchId("benchhousehold", index);
    const memberId = benchId("benchmember", index);
    const childId = benchId("benchchild", index);
    const email = `membre-${number}@bench.entraide.test`;

    users.push({
      id: userId,
      email,
      passwordHash: options.passwordHash,
      displayName: `Membre ${number}`,
    });
    households.push({
      id: householdId,
      addressLine1: `${index} rue du Banc d'essai`,
      postalCode: "31000",
      communeCode: "31555",
      communeName: "Toulouse",
    });
    members.push({
      id: memberId,
      userId,
      householdId,
      employeeNumber: `B${number}`,
      employer: "Ville de Toulouse",
      status: "ACTIVE",
      firstName: "Membre",
      lastName: `Essai ${number}`,
      birthDate: isoDate(1975 + (index % 15), 1 + (index % 12), 10),
    });
    for (const year of options.years) {
      memberships.push({ memberId, year, status: "ACTIVE", reviewedAt: new Date() });
    }
    // Born in the first half of the year, so aged 7 to 12 on the first day of
    // every session (from July to September).
    dependants.push({
      id: childId,
      householdId,
      relation: "CHILD",
      firstName: "Enfant",
      lastName: `Essai ${number}`,
      birthDate: isoDate(options.sessionYear - 12 + (index % 6), 1 + (index % 6), 15),
      status: "VALIDATED",
      reviewedAt: new Date(),
    });

    // Every second household has a quotient for the sessions' year, spread
    // over the brackets. The others get the default (highest) bracket.
    if (index % 2 === 0) {
      const bracket = grid[(index / 2) % grid.length];
      const documentId = benchId("benchnotice", index);
      documents.push({
        id: documentId,
        householdId,
        type: "TAX_NOTICE",
        year: options.sessionYear,
        status: "ACCEPTED",
        storageKey: `bench/${documentId}`,
        originalName: "avis.pdf",
        contentType: "application/pdf",
        sizeBytes: 0,
        sha256: "0".repeat(64),
        uploadedById: userId,
      });
      quotients.push({
        householdId,
        year: options.sessionYear,
        referenceIncomeCents: 0,
        taxShareHundredths: 100,
        quotientCents: bracket.minCents ?? 0,
        bracketId: idByPosition.get(bracket.position)!,
        documentId,
        validatedById: userId,
      });
    }
    benchMembers.push({ email, memberId, childId });
  }

  await insertInBatches(users, (data) => tx.user.createMany({ data }));
  await insertInBatches(households, (data) => tx.household.createMany({ data }));
  await insertInBatches(members, (data) => tx.member.createMany({ data }));
  await insertInBatches(memberships, (data) => tx.membership.createMany({ data }));
  await insertInBatches(dependants, (data) => tx.dependant.createMany({ data }));
  await insertInBatches(documents, (data) => tx.supportingDocument.createMany({ data }));
  await insertInBatches(quotients, (data) => tx.householdQuotient.createMany({ data }));
  return benchMembers;
}

async function seedCatalogue(
  tx: Prisma.TransactionClient,
  options: { offers: number; sessionsPerOffer: number; sessionYear: number; now: Date },
): Promise<BenchSession[]> {
  const offers: Prisma.OfferCreateManyInput[] = [];
  const subsidies: Prisma.OfferSubsidyCreateManyInput[] = [];
  const tiers: Prisma.CancellationTierCreateManyInput[] = [];
  const sessions: Prisma.OfferSessionCreateManyInput[] = [];
  const benchSessions: BenchSession[] = [];

  for (let offerIndex = 1; offerIndex <= options.offers; offerIndex += 1) {
    const offerId = benchId("benchoffer", offerIndex);
    const slug = `offre-essai-${String(offerIndex).padStart(3, "0")}`;
    const byRate = offerIndex % 2 === 1;
    offers.push({
      id: offerId,
      slug,
      kind: OFFER_KINDS[offerIndex % OFFER_KINDS.length],
      status: "PUBLISHED",
      title: `Offre d'essai ${offerIndex}`,
      description: "Offre créée par le banc d'essai des réservations.",
      organiser: "Banc d'essai",
      placeLabel: "Toulouse",
      subsidyKind: byRate ? "RATE" : "AMOUNT",
      subsidyCapCents: offerIndex % 3 === 0 ? 20_000 : null,
    });
    // Rates from 80 % down to 10 %, or amounts from 300 € down to 90 €. The
    // highest bracket of an amount offer has no row, so no subsidy.
    for (let position = 1; position <= 8; position += 1) {
      if (!byRate && position === 8) continue;
      const value = byRate ? 9_000 - position * 1_000 : 33_000 - position * 3_000;
      subsidies.push({ offerId, bracketPosition: position, value });
    }
    tiers.push({ offerId, daysBefore: 30, retainedPercent: 25 });
    tiers.push({ offerId, daysBefore: 7, retainedPercent: 100 });

    for (let sessionIndex = 0; sessionIndex < options.sessionsPerOffer; sessionIndex += 1) {
      const id = benchId("benchsession", offerIndex * 1_000 + sessionIndex);
      const startDate = new Date(
        isoDate(options.sessionYear, 7, 5).getTime() + sessionIndex * 7 * DAY_MS,
      );
      const forChildren = (offerIndex + sessionIndex) % 2 === 0;
      sessions.push({
        id,
        offerId,
        label: `Semaine ${sessionIndex + 1}`,
        startDate,
        endDate: new Date(startDate.getTime() + 4 * DAY_MS),
        capacity: CAPACITIES[(offerIndex + sessionIndex) % CAPACITIES.length],
        audience: forChildren ? "CHILDREN" : "EVERYONE",
        minAge: forChildren ? 6 : null,
        maxAge: forChildren ? 14 : null,
        adultPriceCents: forChildren ? null : 25_000,
        childPriceCents: forChildren ? 30_000 + sessionIndex * 5_000 : 18_000,
        mode: "FIRST_COME",
        bookingOpensAt: new Date(options.now.getTime() - DAY_MS),
        bookingClosesAt: new Date(options.now.getTime() + 60 * DAY_MS),
        cancellationDeadline: new Date(startDate.getTime() - 14 * DAY_MS),
      });
      benchSessions.push({
        id,
        slug,
        audience: forChildren ? "CHILDREN" : "EVERYONE",
        popular: sessionIndex === 0,
      });
    }
  }

  await tx.offer.createMany({ data: offers });
  await tx.offerSubsidy.createMany({ data: subsidies });
  await tx.cancellationTier.createMany({ data: tiers });
  await insertInBatches(sessions, (data) => tx.offerSession.createMany({ data }));
  return benchSessions;
}

/**
 * Writes the benchmark's households and catalogue into an empty database in
 * one transaction. Each offer's sessions start weekly from 5 July of next
 * year, the coming season, and their booking window is open for 60 days
 * from `now`.
 */
export async function seedBenchData(
  client: PrismaClient,
  options: { households: number; offers: number; sessionsPerOffer: number; now?: Date },
): Promise<BenchData> {
  const now = options.now ?? new Date();
  const year = currentYear(now) + 1;
  const years = [year - 1, year];
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  return client.$transaction(
    async (tx) => {
      const members = await seedHouseholds(tx, {
        count: options.households,
        years,
        sessionYear: year,
        passwordHash,
      });
      const sessions = await seedCatalogue(tx, { ...options, sessionYear: year, now });
      return { year, members, sessions };
    },
    { timeout: 5 * 60_000 },
  );
}
