import "server-only";

import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { normalizeEmail, verifyPassword } from "@/lib/auth/password";

/**
 * Checks an e-mail and password. Unknown e-mail and wrong password raise the
 * same error, so the answer does not reveal whether an account exists.
 */
export async function authenticate(input: { email: string; password: string; ip: string }) {
  // TODO(auth helper): rate-limit by e-mail and by IP in PostgreSQL before checking.
  const email = normalizeEmail(input.email);
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.disabledAt || !(await verifyPassword(user.passwordHash, input.password))) {
    throw new DomainError("invalid_credentials");
  }
  return user;
}
