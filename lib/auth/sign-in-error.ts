// next-auth 4 passes the message of an error thrown by authorize() to the
// client as the `error` string of signIn(). These helpers carry a DomainError
// code and its parameters through that string, e.g. "rate_limited?minutes=12".

/** Codes the login form can show. Any other value reads as `unexpected`. */
export const SIGN_IN_ERROR_CODES = ["invalid_credentials", "rate_limited", "unexpected"] as const;

export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];

export type SignInError = {
  code: SignInErrorCode;
  params: Record<string, string | number>;
};

export function encodeSignInError(
  code: SignInErrorCode,
  params: Record<string, string | number> = {},
): string {
  const query = new URLSearchParams(
    Object.entries(params).map(([name, value]) => [name, String(value)]),
  ).toString();
  return query ? `${code}?${query}` : code;
}

/**
 * Reads the `error` string returned by signIn(). next-auth's own
 * "CredentialsSignin" (authorize() returned null) means invalid credentials.
 */
export function decodeSignInError(value: string | null | undefined): SignInError {
  if (value === "CredentialsSignin") return { code: "invalid_credentials", params: {} };

  const [code, query = ""] = (value ?? "").split("?", 2);
  if (!(SIGN_IN_ERROR_CODES as readonly string[]).includes(code)) {
    return { code: "unexpected", params: {} };
  }

  const params: Record<string, string | number> = {};
  for (const [name, raw] of new URLSearchParams(query)) {
    const number = Number(raw);
    params[name] = Number.isFinite(number) && raw !== "" ? number : raw;
  }
  return { code: code as SignInErrorCode, params };
}
