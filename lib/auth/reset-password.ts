import "server-only";

import {
  LOGIN_FAILURES_BY_EMAIL,
  LOGIN_FAILURES_BY_EMAIL_AND_IP,
  emailAndIpKey,
} from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import {
  hashResetToken,
  isWellFormedResetToken,
  lockUser,
  replacePasswordHash,
} from "@/lib/auth/reset-token";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { DomainError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n";
import { resetRateLimit } from "@/lib/rate-limit";

/**
 * Returns the unused, unexpired reset token matching the link's token, with
 * its user, or null. A disabled account's tokens count as invalid.
 */
export async function findUsableResetToken(token: string) {
  if (!isWellFormedResetToken(token)) return null;

  const found = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    include: {
      user: {
        select: {
          id: true,
          email: true,
          displayName: true,
          disabledAt: true,
          member: { select: { householdId: true } },
        },
      },
    },
  });
  if (!found || found.usedAt || found.expiresAt <= new Date() || found.user.disabledAt) {
    return null;
  }
  return found;
}

/**
 * Sets a new password through an e-mailed reset link. The token is spent, the
 * user's other links are invalidated, the change is audited as
 * `user.password_reset`, the user's open sessions end and a confirmation
 * e-mail is queued. `ip` is the client's address, whose failed sign-ins for
 * this account are forgotten. Raises `reset_token_invalid` for an unknown,
 * used or expired token.
 */
export async function resetPassword(input: { token: string; password: string; ip?: string }) {
  const found = await findUsableResetToken(input.token);
  if (!found) throw new DomainError("reset_token_invalid");
  const { user } = found;

  // Hashed before the transaction, so no row stays locked during the slow hash.
  const passwordHash = await hashPassword(input.password);
  const changedAt = new Date();
  const t = await getTranslator("auth.emails.passwordChanged");
  const confirmation = {
    to: user.email,
    subject: t("subject"),
    text: t("text", { name: user.displayName, changedAt }),
  };

  await db.$transaction(async (tx) => {
    await lockUser(tx, user.id);
    // Spends the token only if it is still unused and unexpired, so two
    // submissions of one link cannot both succeed.
    const spent = await tx.passwordResetToken.updateMany({
      where: { id: found.id, usedAt: null, expiresAt: { gt: changedAt } },
      data: { usedAt: changedAt },
    });
    if (spent.count !== 1) throw new DomainError("reset_token_invalid");

    await replacePasswordHash(tx, user.id, passwordHash);
    await recordAudit(tx, {
      action: "user.password_reset",
      actorId: user.id,
      entityType: "User",
      entityId: user.id,
      householdId: user.member?.householdId ?? null,
    });
    await queueEmail(tx, confirmation);
  });

  // The owner of the mailbox may sign in at once, even after someone else
  // used up the failed attempts for this address, or they did from this IP.
  await resetRateLimit(LOGIN_FAILURES_BY_EMAIL, user.email);
  if (input.ip) {
    await resetRateLimit(LOGIN_FAILURES_BY_EMAIL_AND_IP, emailAndIpKey(user.email, input.ip));
  }
}
