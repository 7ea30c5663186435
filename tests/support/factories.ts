// Small factories with unique values, so test files run in parallel on one
// database without truncating tables.
import { randomUUID } from "node:crypto";

import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import type { StaffSector } from "@/lib/generated/prisma/enums";

export function uniqueSuffix() {
  return randomUUID().slice(0, 8);
}

// A fixed argon2id hash of "motdepasse-test", so factories skip the slow hash.
export const TEST_PASSWORD = "motdepasse-test";
export const TEST_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$Cfh2t2f78kSa4tz7c46hIQ$1B84YwOh9SnvvqfrTbxMKHnse3GrrMk/J8d9M3c6gCk";

/** Creates a member with an active membership for `year`, their user and their household. */
export async function createMemberHousehold(
  options: { year?: number; membershipStatus?: "PENDING" | "ACTIVE" } = {},
) {
  const suffix = uniqueSuffix();
  const year = options.year ?? currentYear();

  const household = await db.household.create({
    data: {
      addressLine1: "12 rue du Taur",
      postalCode: "31000",
      communeCode: "31555",
      communeName: "Toulouse",
    },
  });
  const user = await db.user.create({
    data: {
      email: `adherent-${suffix}@example.test`,
      passwordHash: TEST_PASSWORD_HASH,
      displayName: `Adhérent ${suffix}`,
    },
  });
  const member = await db.member.create({
    data: {
      userId: user.id,
      householdId: household.id,
      employeeNumber: `T${suffix}`.toUpperCase(),
      employer: "Mairie de Toulouse",
      status: "ACTIVE",
      firstName: "Camille",
      lastName: `Test-${suffix}`,
      birthDate: new Date("1985-03-14"),
      memberships: {
        create: { year, status: options.membershipStatus ?? "ACTIVE" },
      },
    },
  });
  return {
    user,
    household,
    member,
    actor: { userId: user.id, memberId: member.id, householdId: household.id },
  };
}

export async function createStaffUser(sectors: StaffSector[] = ["FICHIER_ADHESIONS"]) {
  const suffix = uniqueSuffix();
  const user = await db.user.create({
    data: {
      email: `agent-${suffix}@example.test`,
      passwordHash: TEST_PASSWORD_HASH,
      displayName: `Agent ${suffix}`,
      role: "STAFF",
      sectors,
    },
  });
  return { user, actor: { userId: user.id, role: "STAFF" as const, sectors } };
}
