import "server-only";

import { addMinutes } from "date-fns";

import { appUrl } from "@/lib/app-url";
import { normalizeEmail } from "@/lib/auth/password";
import { RESET_TOKEN_TTL_MINUTES, createResetToken, lockUser } from "@/lib/auth/reset-token";
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { getTranslator } from "@/lib/i18n";
import { consumeRateLimit, type RateLimitRule } from "@/lib/rate-limit";

/** Reset requests per e-mail address, against flooding a mailbox with links. */
export const RESET_REQUESTS_BY_EMAIL: RateLimitRule = {
  name: "reset_email",
  points: 3,
  durationSeconds: 60 * 60,
};

/** Reset requests per client IP address, against one client probing many addresses. */
export const RESET_REQUESTS_BY_IP: RateLimitRule = {
  name: "reset_ip",
  points: 20,
  durationSeconds: 60 * 60,
};

/**
 * Queues an e-mail with a reset link valid RESET_TOKEN_TTL_MINUTES when an
 * active account has this address, and does nothing otherwise: the caller
 * shows the same message either way. A new link invalidates the older ones.
 * Raises `rate_limited` (with `minutes`) past the limits, for any address.
 */
export async function requestPasswordReset(input: { email: string; ip: string }) {
  const email = normalizeEmail(input.email);
  await consumeRateLimit(RESET_REQUESTS_BY_IP, input.ip);
  await consumeRateLimit(RESET_REQUESTS_BY_EMAIL, email);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, displayName: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return;

  const { token, tokenHash } = createResetToken();
  const t = await getTranslator("auth.emails.passwordReset");
  const message = {
    to: user.email,
    subject: t("subject"),
    text: t("text", {
      name: user.displayName,
      link: appUrl(`/reset-password/${token}`),
      minutes: RESET_TOKEN_TTL_MINUTES,
    }),
  };

  await db.$transaction(async (tx) => {
    await lockUser(tx, user.id);
    await tx.passwordResetToken.deleteMany({ where: { userId: user.id } });
    await tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash,
        expiresAt: addMinutes(new Date(), RESET_TOKEN_TTL_MINUTES),
      },
    });
    await queueEmail(tx, message);
  });
}
