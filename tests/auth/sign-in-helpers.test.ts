import { describe, expect, it } from "vitest";

import { clientIp } from "@/lib/auth/client-ip";
import { postLoginPath, safeCallbackPath } from "@/lib/auth/redirects";
import { decodeSignInError, encodeSignInError } from "@/lib/auth/sign-in-error";

describe("safeCallbackPath", () => {
  it.each([
    { callbackUrl: "/account/household", expected: "/account/household" },
    { callbackUrl: "/admin?tab=documents#top", expected: "/admin?tab=documents#top" },
    { callbackUrl: "/", expected: "/" },
    { callbackUrl: "//evil.example/path", expected: null },
    { callbackUrl: "/\\evil.example", expected: null },
    { callbackUrl: "/\t/evil.example", expected: null },
    { callbackUrl: "https://evil.example/", expected: null },
    { callbackUrl: "javascript:alert(1)", expected: null },
    { callbackUrl: "account", expected: null },
    { callbackUrl: "", expected: null },
    { callbackUrl: null, expected: null },
  ])("maps $callbackUrl to $expected", ({ callbackUrl, expected }) => {
    expect(safeCallbackPath(callbackUrl)).toBe(expected);
  });
});

describe("postLoginPath", () => {
  it.each([
    { role: "MEMBER", callbackUrl: null, expected: "/account" },
    { role: "STAFF", callbackUrl: null, expected: "/admin" },
    { role: "ADMIN", callbackUrl: null, expected: "/admin" },
    { role: "MEMBER", callbackUrl: "/account/documents", expected: "/account/documents" },
    { role: "MEMBER", callbackUrl: "/account?tab=1", expected: "/account?tab=1" },
    { role: "MEMBER", callbackUrl: "/admin", expected: "/account" },
    { role: "MEMBER", callbackUrl: "/admin/members", expected: "/account" },
    { role: "MEMBER", callbackUrl: "/accounting", expected: "/account" },
    { role: "MEMBER", callbackUrl: "/account/../admin", expected: "/account" },
    { role: "MEMBER", callbackUrl: "/account/%2e%2e/admin", expected: "/account" },
    { role: "MEMBER", callbackUrl: "/", expected: "/account" },
    {
      role: "MEMBER",
      callbackUrl: "/catalogue/colonie-ete/book?session=s1",
      expected: "/catalogue/colonie-ete/book?session=s1",
    },
    { role: "MEMBER", callbackUrl: "/catalogue/colonie-ete", expected: "/account" },
    { role: "MEMBER", callbackUrl: "/catalogue/a/book/../../../admin", expected: "/account" },
    { role: "STAFF", callbackUrl: "/admin/members?q=x", expected: "/admin/members?q=x" },
    { role: "ADMIN", callbackUrl: "/admin/audit", expected: "/admin/audit" },
    { role: "STAFF", callbackUrl: "/", expected: "/" },
    { role: "STAFF", callbackUrl: "/join", expected: "/join" },
    { role: "STAFF", callbackUrl: "/account", expected: "/admin" },
    { role: "ADMIN", callbackUrl: "/account/household", expected: "/admin" },
    { role: "STAFF", callbackUrl: "/administration", expected: "/admin" },
    { role: "STAFF", callbackUrl: "//evil.example", expected: "/admin" },
    { role: "MEMBER", callbackUrl: "https://evil.example/account", expected: "/account" },
  ] as const)("sends $role with $callbackUrl to $expected", ({ role, callbackUrl, expected }) => {
    expect(postLoginPath(role, callbackUrl)).toBe(expected);
  });
});

describe("sign-in error string", () => {
  it("carries the code and minutes", () => {
    const encoded = encodeSignInError("rate_limited", { minutes: 12 });
    expect(decodeSignInError(encoded)).toEqual({ code: "rate_limited", params: { minutes: 12 } });
  });

  it.each([
    { value: "invalid_credentials", code: "invalid_credentials" },
    { value: "CredentialsSignin", code: "invalid_credentials" },
    { value: "connect ECONNREFUSED 127.0.0.1:5432", code: "unexpected" },
    { value: "not_found", code: "unexpected" },
    { value: "", code: "unexpected" },
    { value: undefined, code: "unexpected" },
  ])("reads '$value' as $code", ({ value, code }) => {
    expect(decodeSignInError(value).code).toBe(code);
  });
});

describe("clientIp", () => {
  it.each([
    { header: "198.51.100.7", expected: "198.51.100.7" },
    { header: "203.0.113.1, 198.51.100.7", expected: "198.51.100.7" },
    { header: ["203.0.113.1", "198.51.100.7"], expected: "198.51.100.7" },
    { header: " 2001:db8::1 ", expected: "2001:db8::1" },
    { header: undefined, expected: "unknown" },
    { header: "", expected: "unknown" },
  ])("reads $header as $expected", ({ header, expected }) => {
    expect(clientIp({ "x-forwarded-for": header })).toBe(expected);
  });
});
