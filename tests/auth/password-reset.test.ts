import { createHash } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { LOGIN_FAILURES_BY_EMAIL, authenticate } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import { RESET_REQUESTS_BY_EMAIL, requestPasswordReset } from "@/lib/auth/request-password-reset";
import { findUsableResetToken, resetPassword } from "@/lib/auth/reset-password";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createAccount, uniqueIp, unknownEmail } from "../support/auth-factories";
import { TEST_PASSWORD } from "../support/factories";

const APP_URL = "http://127.0.0.1:3999";
const NEW_PASSWORD = "une nouvelle phrase de passe";

beforeAll(() => {
  process.env.NEXTAUTH_URL = APP_URL;
});

/** Requests a reset link for `email` and returns the token from the queued e-mail. */
async function requestToken(email: string) {
  await requestPasswordReset({ email, ip: uniqueIp() });
  const queued = await db.outboundEmail.findFirst({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const token = queued?.text.match(/\/reset-password\/([A-Za-z0-9_-]{43})\b/)?.[1];
  if (!token) throw new Error(`no reset link was queued for ${email}`);
  return token;
}

async function domainErrorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("the call succeeded");
}

describe("requestPasswordReset", () => {
  it("stores only the token's SHA-256", async () => {
    const account = await createAccount();
    const token = await requestToken(account.email);

    const stored = await db.passwordResetToken.findMany({ where: { userId: account.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("e-mails a link valid 60 minutes", async () => {
    const account = await createAccount();
    const before = Date.now();
    const token = await requestToken(account.email);

    const email = await db.outboundEmail.findFirstOrThrow({ where: { to: account.email } });
    expect(email.text).toContain(`${APP_URL}/reset-password/${token}`);
    expect(email.text).toContain("60 minutes");
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: account.id } });
    const validMinutes = (stored.expiresAt.getTime() - before) / 60_000;
    expect(validMinutes).toBeGreaterThan(59.9);
    expect(validMinutes).toBeLessThan(60.1);
  });

  it("queues nothing for an unknown address", async () => {
    const email = unknownEmail();
    await expect(requestPasswordReset({ email, ip: uniqueIp() })).resolves.toBeUndefined();
    expect(await db.outboundEmail.count({ where: { to: email } })).toBe(0);
  });

  it("queues nothing for a disabled account", async () => {
    const account = await createAccount({ disabled: true });
    await requestPasswordReset({ email: account.email, ip: uniqueIp() });
    expect(await db.outboundEmail.count({ where: { to: account.email } })).toBe(0);
    expect(await db.passwordResetToken.count({ where: { userId: account.id } })).toBe(0);
  });

  it("finds the account whatever the case and spaces", async () => {
    const account = await createAccount();
    await requestPasswordReset({ email: ` ${account.email.toUpperCase()} `, ip: uniqueIp() });
    expect(await db.passwordResetToken.count({ where: { userId: account.id } })).toBe(1);
  });

  it.each([
    { account: "existing", email: async () => (await createAccount()).email },
    { account: "non-existing", email: async () => unknownEmail() },
  ])("limits requests for an $account account", async ({ email: makeEmail }) => {
    const email = await makeEmail();
    for (let request = 1; request <= RESET_REQUESTS_BY_EMAIL.points; request += 1) {
      await requestPasswordReset({ email, ip: uniqueIp() });
    }
    const error = await domainErrorOf(requestPasswordReset({ email, ip: uniqueIp() }));
    expect(error.code).toBe("rate_limited");
    expect(error.options.params?.minutes).toBeGreaterThanOrEqual(59);
  });
});

describe("resetPassword", () => {
  it("changes the password", async () => {
    const account = await createAccount();
    const token = await requestToken(account.email);

    await resetPassword({ token, password: NEW_PASSWORD });

    const user = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(user.passwordHash, TEST_PASSWORD)).toBe(false);
    const signedIn = await authenticate({
      email: account.email,
      password: NEW_PASSWORD,
      ip: uniqueIp(),
    });
    expect(signedIn.id).toBe(account.id);
  });

  it("audits the reset and queues a confirmation", async () => {
    const account = await createAccount();
    const token = await requestToken(account.email);

    await resetPassword({ token, password: NEW_PASSWORD });

    const audit = await db.auditEntry.findMany({
      where: { entityType: "User", entityId: account.id, action: "user.password_reset" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(account.id);
    const emails = await db.outboundEmail.findMany({
      where: { to: account.email },
      orderBy: { createdAt: "asc" },
    });
    expect(emails).toHaveLength(2);
    expect(emails[1].subject).toContain("mot de passe a été modifié");
    expect(emails[1].text).not.toContain(NEW_PASSWORD);
  });

  it("rejects a used token", async () => {
    const account = await createAccount();
    const token = await requestToken(account.email);
    await resetPassword({ token, password: NEW_PASSWORD });

    const error = await domainErrorOf(
      resetPassword({ token, password: "encore une autre phrase" }),
    );
    expect(error.code).toBe("reset_token_invalid");
    expect(await findUsableResetToken(token)).toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);
  });

  it("rejects an expired token", async () => {
    const account = await createAccount();
    const token = await requestToken(account.email);
    await db.passwordResetToken.updateMany({
      where: { userId: account.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    expect(await findUsableResetToken(token)).toBeNull();
    const error = await domainErrorOf(resetPassword({ token, password: NEW_PASSWORD }));
    expect(error.code).toBe("reset_token_invalid");
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(user.passwordHash).toBe(account.passwordHash);
  });

  it("rejects the older token after a new request", async () => {
    const account = await createAccount();
    const older = await requestToken(account.email);
    const newer = await requestToken(account.email);

    expect(await findUsableResetToken(older)).toBeNull();
    const error = await domainErrorOf(resetPassword({ token: older, password: NEW_PASSWORD }));
    expect(error.code).toBe("reset_token_invalid");
    await expect(resetPassword({ token: newer, password: NEW_PASSWORD })).resolves.toBeUndefined();
  });

  it.each([
    { token: "" },
    { token: "not-a-token" },
    { token: "A".repeat(43) },
    { token: "../".repeat(15) },
  ])("rejects the unknown token '$token'", async ({ token }) => {
    const error = await domainErrorOf(resetPassword({ token, password: NEW_PASSWORD }));
    expect(error.code).toBe("reset_token_invalid");
  });

  it("rejects a token of a disabled account", async () => {
    const account = await createAccount();
    const token = await requestToken(account.email);
    await db.user.update({ where: { id: account.id }, data: { disabledAt: new Date() } });

    const error = await domainErrorOf(resetPassword({ token, password: NEW_PASSWORD }));
    expect(error.code).toBe("reset_token_invalid");
  });

  it("accepts one of two parallel submissions", async () => {
    const account = await createAccount();
    const token = await requestToken(account.email);

    const results = await Promise.allSettled([
      resetPassword({ token, password: NEW_PASSWORD }),
      resetPassword({ token, password: "une autre phrase de passe" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect((rejected?.reason as DomainError).code).toBe("reset_token_invalid");
    const audits = await db.auditEntry.count({
      where: { entityId: account.id, action: "user.password_reset" },
    });
    expect(audits).toBe(1);
  });

  it("clears the failed sign-ins of the address", async () => {
    const account = await createAccount();
    const ip = uniqueIp();
    // The address's own limit, reached from several IPs, and the pair's limit from `ip`.
    const otherIps = Array.from({ length: LOGIN_FAILURES_BY_EMAIL.points / 5 - 1 }, () =>
      uniqueIp(),
    );
    await Promise.all(
      [ip, ...otherIps].map(async (failingIp) => {
        for (let attempt = 1; attempt <= 5; attempt += 1) {
          await domainErrorOf(
            authenticate({ email: account.email, password: "wrong", ip: failingIp }),
          );
        }
      }),
    );
    const blocked = await domainErrorOf(
      authenticate({ email: account.email, password: TEST_PASSWORD, ip: uniqueIp() }),
    );
    expect(blocked.code).toBe("rate_limited");
    const token = await requestToken(account.email);

    await resetPassword({ token, password: NEW_PASSWORD, ip });

    const user = await authenticate({ email: account.email, password: NEW_PASSWORD, ip });
    expect(user.id).toBe(account.id);
  });
});
