import { describe, expect, it } from "vitest";

import {
  LOGIN_FAILURES_BY_EMAIL,
  LOGIN_FAILURES_BY_IP,
  authenticate,
} from "@/lib/auth/authenticate";
import { DomainError } from "@/lib/errors";
import { createAccount, uniqueIp, unknownEmail } from "../support/auth-factories";
import { TEST_PASSWORD } from "../support/factories";

async function authenticationError(input: { email: string; password: string; ip: string }) {
  try {
    await authenticate(input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("authenticate() accepted the credentials");
}

describe("authenticate", () => {
  it("trims and lower-cases the e-mail", async () => {
    const account = await createAccount();
    const user = await authenticate({
      email: `  ${account.email.toUpperCase()}\t`,
      password: TEST_PASSWORD,
      ip: uniqueIp(),
    });
    expect(user.id).toBe(account.id);
  });

  it("raises the same error for unknown e-mail and wrong password", async () => {
    const account = await createAccount();
    const ip = uniqueIp();

    const unknown = await authenticationError({
      email: unknownEmail(),
      password: TEST_PASSWORD,
      ip,
    });
    const wrongPassword = await authenticationError({
      email: account.email,
      password: "wrong",
      ip,
    });

    expect(unknown.code).toBe("invalid_credentials");
    expect(wrongPassword.code).toBe("invalid_credentials");
    expect(wrongPassword.message).toBe(unknown.message);
    expect(wrongPassword.options).toEqual(unknown.options);
  });

  it("rejects a disabled account with the right password", async () => {
    const account = await createAccount({ disabled: true });
    const error = await authenticationError({
      email: account.email,
      password: TEST_PASSWORD,
      ip: uniqueIp(),
    });
    expect(error.code).toBe("invalid_credentials");
  });
});

describe("authenticate rate limit", () => {
  const cases = [
    { account: "existing", email: async () => (await createAccount()).email },
    { account: "non-existing", email: async () => unknownEmail() },
  ];

  it.each(cases)("blocks an $account account after 5 failures", async ({ email: makeEmail }) => {
    const email = await makeEmail();
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= LOGIN_FAILURES_BY_EMAIL.points; attempt += 1) {
      const error = await authenticationError({ email, password: "wrong", ip });
      expect(error.code, `attempt ${attempt}`).toBe("invalid_credentials");
    }

    // Even the right password is refused while the address is blocked.
    const blocked = await authenticationError({ email, password: TEST_PASSWORD, ip });
    expect(blocked.code).toBe("rate_limited");
    expect(blocked.options.params?.minutes).toBeGreaterThanOrEqual(14);
    expect(blocked.options.params?.minutes).toBeLessThanOrEqual(15);
  });

  it("counts the address whatever its case and spaces", async () => {
    const email = unknownEmail();
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= LOGIN_FAILURES_BY_EMAIL.points; attempt += 1) {
      await authenticationError({ email: ` ${email.toUpperCase()} `, password: "wrong", ip });
    }
    const blocked = await authenticationError({ email, password: "wrong", ip });
    expect(blocked.code).toBe("rate_limited");
  });

  it("resets the count after a success", async () => {
    const account = await createAccount();
    const ip = uniqueIp();
    for (let attempt = 1; attempt < LOGIN_FAILURES_BY_EMAIL.points; attempt += 1) {
      await authenticationError({ email: account.email, password: "wrong", ip });
    }
    await authenticate({ email: account.email, password: TEST_PASSWORD, ip });

    for (let attempt = 1; attempt <= LOGIN_FAILURES_BY_EMAIL.points; attempt += 1) {
      const error = await authenticationError({ email: account.email, password: "wrong", ip });
      expect(error.code, `attempt ${attempt} after the success`).toBe("invalid_credentials");
    }
    const blocked = await authenticationError({ email: account.email, password: "wrong", ip });
    expect(blocked.code).toBe("rate_limited");
  });

  it("blocks an IP after 30 failures on many addresses", async () => {
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= LOGIN_FAILURES_BY_IP.points; attempt += 1) {
      const error = await authenticationError({ email: unknownEmail(), password: "wrong", ip });
      expect(error.code, `attempt ${attempt}`).toBe("invalid_credentials");
    }

    const account = await createAccount();
    const blocked = await authenticationError({
      email: account.email,
      password: TEST_PASSWORD,
      ip,
    });
    expect(blocked.code).toBe("rate_limited");

    // Another client can still sign in to that account.
    const user = await authenticate({
      email: account.email,
      password: TEST_PASSWORD,
      ip: uniqueIp(),
    });
    expect(user.id).toBe(account.id);
  });

  it("lets one failure through among parallel guesses at the limit", async () => {
    const email = unknownEmail();
    const ip = uniqueIp();
    for (let attempt = 1; attempt < LOGIN_FAILURES_BY_EMAIL.points; attempt += 1) {
      await authenticationError({ email, password: "wrong", ip });
    }

    const guesses = await Promise.all(
      Array.from({ length: 6 }, () => authenticationError({ email, password: "wrong", ip })),
    );
    const codes = guesses.map((error) => error.code).sort();
    expect(codes.filter((code) => code === "invalid_credentials")).toHaveLength(1);
    expect(codes.filter((code) => code === "rate_limited")).toHaveLength(5);
  });
});
