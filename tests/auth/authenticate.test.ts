import { describe, expect, it } from "vitest";

import {
  LOGIN_FAILURES_BY_EMAIL,
  LOGIN_FAILURES_BY_EMAIL_AND_IP,
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

/** Fails `count` sign-ins for `email` from `ip` one after the other and returns the error codes. */
async function failSignIns(count: number, email: string, ip: string) {
  const codes: string[] = [];
  for (let attempt = 1; attempt <= count; attempt += 1) {
    codes.push((await authenticationError({ email, password: "wrong", ip })).code);
  }
  return codes;
}

const PAIR_LIMIT = LOGIN_FAILURES_BY_EMAIL_AND_IP.points;
const EMAIL_LIMIT = LOGIN_FAILURES_BY_EMAIL.points;
const IP_LIMIT = LOGIN_FAILURES_BY_IP.points;

describe("authenticate limit per address and IP", () => {
  const cases = [
    { account: "existing", email: async () => (await createAccount()).email },
    { account: "non-existing", email: async () => unknownEmail() },
  ];

  it.each(cases)("blocks an $account account after 5 failures", async ({ email: makeEmail }) => {
    expect(PAIR_LIMIT).toBe(5);
    const email = await makeEmail();
    const ip = uniqueIp();
    const codes = await failSignIns(PAIR_LIMIT, email, ip);
    expect(codes).toEqual(Array(PAIR_LIMIT).fill("invalid_credentials"));

    // Even the right password is refused while the pair is blocked.
    const blocked = await authenticationError({ email, password: TEST_PASSWORD, ip });
    expect(blocked.code).toBe("rate_limited");
    expect(blocked.options.params?.minutes).toBeGreaterThanOrEqual(14);
    expect(blocked.options.params?.minutes).toBeLessThanOrEqual(15);
  });

  it("lets the owner sign in from another IP", async () => {
    const account = await createAccount();
    const guesserIp = uniqueIp();
    await failSignIns(PAIR_LIMIT + 1, account.email, guesserIp);

    const user = await authenticate({
      email: account.email,
      password: TEST_PASSWORD,
      ip: uniqueIp(),
    });
    expect(user.id).toBe(account.id);
  });

  it("lets other accounts sign in from the guesser's IP", async () => {
    const guessed = await createAccount();
    const colleague = await createAccount();
    const sharedIp = uniqueIp();
    await failSignIns(PAIR_LIMIT + 1, guessed.email, sharedIp);

    const user = await authenticate({
      email: colleague.email,
      password: TEST_PASSWORD,
      ip: sharedIp,
    });
    expect(user.id).toBe(colleague.id);
  });

  it("counts the address whatever its case and spaces", async () => {
    const email = unknownEmail();
    const ip = uniqueIp();
    await failSignIns(PAIR_LIMIT, ` ${email.toUpperCase()} `, ip);
    const blocked = await authenticationError({ email, password: "wrong", ip });
    expect(blocked.code).toBe("rate_limited");
  });

  it("resets the count after a success", async () => {
    const account = await createAccount();
    const ip = uniqueIp();
    await failSignIns(PAIR_LIMIT - 1, account.email, ip);
    await authenticate({ email: account.email, password: TEST_PASSWORD, ip });

    const codes = await failSignIns(PAIR_LIMIT, account.email, ip);
    expect(codes).toEqual(Array(PAIR_LIMIT).fill("invalid_credentials"));
    const blocked = await authenticationError({ email: account.email, password: "wrong", ip });
    expect(blocked.code).toBe("rate_limited");
  });

  it("does not spend the address's budget once blocked", async () => {
    const account = await createAccount();
    const guesserIp = uniqueIp();
    // Past the per-address limit in attempts, all but the first few rejected by the pair.
    const codes = await failSignIns(EMAIL_LIMIT + 10, account.email, guesserIp);
    expect(codes.filter((code) => code === "rate_limited")).toHaveLength(
      EMAIL_LIMIT + 10 - PAIR_LIMIT,
    );

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
    await failSignIns(PAIR_LIMIT - 1, email, ip);

    const guesses = await Promise.all(
      Array.from({ length: 6 }, () => authenticationError({ email, password: "wrong", ip })),
    );
    const codes = guesses.map((error) => error.code);
    expect(codes.filter((code) => code === "invalid_credentials")).toHaveLength(1);
    expect(codes.filter((code) => code === "rate_limited")).toHaveLength(5);
  });
});

describe("authenticate limit per address", () => {
  it("blocks an address after 50 failures from many IPs", async () => {
    expect(EMAIL_LIMIT).toBe(50);
    const account = await createAccount();
    // Each IP stays under the pair limit, as in guessing spread over many IPs.
    const ips = Array.from({ length: EMAIL_LIMIT / PAIR_LIMIT }, () => uniqueIp());
    const lastIp = ips.pop() ?? uniqueIp();
    await Promise.all(ips.map((ip) => failSignIns(PAIR_LIMIT, account.email, ip)));
    await failSignIns(PAIR_LIMIT - 1, account.email, lastIp);

    // One failure below the limit, the owner still signs in.
    const owner = await authenticate({
      email: account.email,
      password: TEST_PASSWORD,
      ip: uniqueIp(),
    });
    expect(owner.id).toBe(account.id);

    const last = await authenticationError({ email: account.email, password: "wrong", ip: lastIp });
    expect(last.code).toBe("invalid_credentials");
    const blocked = await authenticationError({
      email: account.email,
      password: TEST_PASSWORD,
      ip: uniqueIp(),
    });
    expect(blocked.code).toBe("rate_limited");
    expect(blocked.options.params?.minutes).toBeGreaterThanOrEqual(59);
    expect(blocked.options.params?.minutes).toBeLessThanOrEqual(60);

    // Other accounts still sign in from the guessing IPs.
    const colleague = await createAccount();
    const user = await authenticate({
      email: colleague.email,
      password: TEST_PASSWORD,
      ip: lastIp,
    });
    expect(user.id).toBe(colleague.id);
  });
});

describe("authenticate limit per IP", () => {
  it("blocks an IP after 300 failures on many addresses", async () => {
    expect(IP_LIMIT).toBe(300);
    const ip = uniqueIp();
    const account = await createAccount();
    // Failures on many addresses, a few at a time, then one success in between:
    // successes do not count, so colleagues behind one address do not block each other.
    for (let sent = 0; sent < IP_LIMIT - 1; sent += 13) {
      const batch = Math.min(13, IP_LIMIT - 1 - sent);
      const errors = await Promise.all(
        Array.from({ length: batch }, () =>
          authenticationError({ email: unknownEmail(), password: "wrong", ip }),
        ),
      );
      expect(errors.every((error) => error.code === "invalid_credentials")).toBe(true);
    }
    const colleague = await authenticate({ email: account.email, password: TEST_PASSWORD, ip });
    expect(colleague.id).toBe(account.id);

    const last = await authenticationError({ email: unknownEmail(), password: "wrong", ip });
    expect(last.code).toBe("invalid_credentials");
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
});
