// Accounts for the sign-in and password tests.
import { db } from "@/lib/db";
import type { Role, StaffSector } from "@/lib/generated/prisma/enums";
import { TEST_PASSWORD_HASH, uniqueSuffix } from "./factories";

/** Creates a user whose password is TEST_PASSWORD, with a unique address. */
export async function createAccount(
  options: { role?: Role; sectors?: StaffSector[]; disabled?: boolean } = {},
) {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      email: `compte-${suffix}@example.test`,
      passwordHash: TEST_PASSWORD_HASH,
      displayName: `Compte ${suffix}`,
      role: options.role ?? "MEMBER",
      sectors: options.sectors ?? [],
      disabledAt: options.disabled ? new Date() : null,
    },
  });
}

/** Returns an address that no account has. */
export function unknownEmail() {
  return `inconnu-${uniqueSuffix()}@example.test`;
}

/** Returns a client IP unique to the caller, so IP limits do not mix between tests. */
export function uniqueIp() {
  return `test-ip-${uniqueSuffix()}`;
}
