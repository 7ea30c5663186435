import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyPassword } from "@/lib/auth/password";
import { currentYear } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { storage } from "@/lib/storage";
import {
  DEMO_ADMIN,
  DEMO_MEMBER_EMAIL,
  DEMO_PASSWORD,
  DEMO_STAFF,
} from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createScriptClient, isDatabaseEmpty, seedDemoIfEmpty } from "@/prisma/seed/seed-if-empty";

import { createMigratedDatabase, dropDatabase } from "../support/seed-database";

const HOUSEHOLDS = 30;
const year = currentYear();
let databaseUrl: string;
let client: PrismaClient;

beforeAll(async () => {
  databaseUrl = await createMigratedDatabase("entraide_seed_test");
  client = createScriptClient(databaseUrl);
  expect(await isDatabaseEmpty(client)).toBe(true);
  await seedDemo(client, { households: HOUSEHOLDS, seed: 7 });
});

afterAll(async () => {
  await client?.$disconnect();
  if (databaseUrl) await dropDatabase(databaseUrl);
});

describe("seedDemo", () => {
  it("creates the requested number of households", async () => {
    expect(await client.household.count()).toBe(HOUSEHOLDS);
    expect(await client.member.count()).toBe(HOUSEHOLDS);
  });

  it("creates the grid for this year and last year", async () => {
    for (const gridYear of [year - 1, year]) {
      const brackets = await client.quotientBracket.findMany({
        where: { year: gridYear },
        orderBy: { position: "asc" },
      });
      expect(brackets.map((bracket) => bracket.label)).toEqual(
        Array.from({ length: 8 }, (_, index) => `Tranche ${index + 1}`),
      );
      expect(brackets[0].minCents).toBeNull();
      expect(brackets[0].maxCents).toBe(48_000);
      expect(brackets[1].minCents).toBe(48_001);
      expect(brackets[7].minCents).toBe(127_001);
      expect(brackets[7].maxCents).toBeNull();
    }
  });

  it("puts households in every bracket", async () => {
    const brackets = await client.quotientBracket.findMany({ where: { year } });
    const quotients = await client.householdQuotient.groupBy({
      by: ["bracketId"],
      where: { year },
      _count: true,
    });
    const counted = new Map(quotients.map((row) => [row.bracketId, row._count]));
    for (const bracket of brackets) {
      expect(counted.get(bracket.id) ?? 0, bracket.label).toBeGreaterThan(0);
    }
  });

  it("stores each quotient inside its bracket", async () => {
    const quotients = await client.householdQuotient.findMany({
      include: { bracket: true, document: true },
    });
    for (const quotient of quotients) {
      const { minCents, maxCents } = quotient.bracket;
      expect(quotient.quotientCents).toBeGreaterThanOrEqual(minCents ?? 0);
      expect(quotient.quotientCents).toBeLessThanOrEqual(maxCents ?? Number.MAX_SAFE_INTEGER);
      expect(quotient.document.type).toBe("TAX_NOTICE");
      expect(quotient.document.status).toBe("ACCEPTED");
    }
  });

  it("creates one staff user per sector and an admin", async () => {
    for (const staff of DEMO_STAFF) {
      const user = await client.user.findUnique({ where: { email: staff.email } });
      expect(user?.role, staff.email).toBe("STAFF");
      expect(user?.sectors, staff.email).toEqual([staff.sector]);
    }
    const admin = await client.user.findUniqueOrThrow({ where: { email: DEMO_ADMIN.email } });
    expect(admin.role).toBe("ADMIN");
    expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("gives the demo member a complete household", async () => {
    const user = await client.user.findUniqueOrThrow({
      where: { email: DEMO_MEMBER_EMAIL },
      include: { member: { include: { memberships: true } } },
    });
    expect(user.role).toBe("MEMBER");
    expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    const member = user.member!;
    expect(member.memberships.find((membership) => membership.year === year)?.status).toBe(
      "ACTIVE",
    );

    const dependants = await client.dependant.findMany({
      where: { householdId: member.householdId },
    });
    expect(dependants.filter((dependant) => dependant.relation === "SPOUSE")).toHaveLength(1);
    expect(dependants.filter((dependant) => dependant.relation === "CHILD").length).toBeGreaterThan(
      1,
    );

    const quotient = await client.householdQuotient.findUniqueOrThrow({
      where: { householdId_year: { householdId: member.householdId, year } },
      include: { bracket: true },
    });
    expect(quotient.bracket.label).toBe("Tranche 7");
  });

  it("leaves work waiting for staff", async () => {
    const pendingMemberships = await client.membership.findMany({
      where: { year, status: "PENDING" },
      include: { member: { include: { supportingDocuments: true } } },
    });
    expect(pendingMemberships.length).toBeGreaterThan(0);
    for (const membership of pendingMemberships) {
      const types = membership.member.supportingDocuments.map((document) => document.type);
      expect(types.some((type) => type === "PAYSLIP" || type === "PENSION_SLIP")).toBe(true);
    }
    expect(await client.supportingDocument.count({ where: { status: "PENDING" } })).toBeGreaterThan(
      0,
    );
  });

  it("stores a real PDF for every document", async () => {
    const documents = await client.supportingDocument.findMany();
    expect(documents.length).toBeGreaterThan(HOUSEHOLDS / 2);
    for (const document of documents) {
      const content = await storage.get(document.storageKey);
      expect(content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(content.byteLength).toBe(document.sizeBytes);
    }
  });
});

describe("seedDemoIfEmpty", () => {
  it("does nothing on a database with data", async () => {
    const before = await client.household.count();

    await seedDemoIfEmpty(databaseUrl);

    expect(await client.household.count()).toBe(before);
  });
});
