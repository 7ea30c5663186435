import type { JWT } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/authenticate";
import { authOptions } from "@/lib/auth/options";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { isSessionCurrent } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import { createAccount, uniqueIp } from "../support/auth-factories";
import { TEST_PASSWORD } from "../support/factories";

const NEW_PASSWORD = "une nouvelle phrase de passe";

beforeAll(() => {
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3999";
});

/** Signs in as next-auth does and returns the JWT payload it would store in the cookie. */
async function signIn(email: string, password: string): Promise<JWT> {
  const user = await authenticate({ email, password, ip: uniqueIp() });
  const jwt = authOptions.callbacks?.jwt;
  if (!jwt) throw new Error("authOptions has no jwt callback");
  return jwt({
    token: {} as JWT,
    user: {
      id: user.id,
      name: user.displayName,
      role: user.role,
      sectors: user.sectors,
      sessionVersion: user.sessionVersion,
    },
    account: null,
  });
}

async function resetPasswordOf(email: string) {
  await requestPasswordReset({ email, ip: uniqueIp() });
  const queued = await db.outboundEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const token = queued.text.match(/\/reset-password\/([A-Za-z0-9_-]{43})\b/)?.[1];
  if (!token) throw new Error(`no reset link was queued for ${email}`);
  await resetPassword({ token, password: NEW_PASSWORD });
}

function loadAccount(id: string) {
  return db.user.findUniqueOrThrow({ where: { id } });
}

describe("session version", () => {
  it("stores the version in the token", async () => {
    const account = await createAccount();
    const token = await signIn(account.email, TEST_PASSWORD);
    expect(token.userId).toBe(account.id);
    expect(token.sessionVersion).toBe(0);
    expect(isSessionCurrent(await loadAccount(account.id), token.sessionVersion)).toBe(true);
  });

  it("rejects a session opened before a reset", async () => {
    const account = await createAccount();
    const oldSession = await signIn(account.email, TEST_PASSWORD);

    await resetPasswordOf(account.email);

    const row = await loadAccount(account.id);
    expect(row.sessionVersion).toBe(1);
    expect(isSessionCurrent(row, oldSession.sessionVersion)).toBe(false);

    const newSession = await signIn(account.email, NEW_PASSWORD);
    expect(isSessionCurrent(row, newSession.sessionVersion)).toBe(true);
  });

  it("leaves other users' sessions alone", async () => {
    const account = await createAccount();
    const other = await createAccount();
    const otherSession = await signIn(other.email, TEST_PASSWORD);

    await resetPasswordOf(account.email);

    expect(isSessionCurrent(await loadAccount(other.id), otherSession.sessionVersion)).toBe(true);
  });

  const active = { disabledAt: null, sessionVersion: 2 };
  it.each([
    { case: "matching version", account: active, token: 2, current: true },
    { case: "older token", account: active, token: 1, current: false },
    { case: "token without version", account: active, token: undefined, current: false },
    {
      case: "disabled account",
      account: { ...active, disabledAt: new Date() },
      token: 2,
      current: false,
    },
    { case: "removed account", account: null, token: 2, current: false },
  ])("isSessionCurrent: $case", ({ account, token, current }) => {
    expect(isSessionCurrent(account, token)).toBe(current);
  });

  it("rejects a disabled account's session", async () => {
    const account = await createAccount({ disabled: true });
    expect(isSessionCurrent(await loadAccount(account.id), 0)).toBe(false);
  });
});
