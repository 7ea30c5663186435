import { describe, expect, it } from "vitest";

import { accountCallbackPath, adminCallbackPath } from "@/lib/account/request-path";

describe("accountCallbackPath", () => {
  it.each([
    { rule: "keeps the dashboard", header: "/account", expected: "/account" },
    {
      rule: "keeps a page with its query",
      header: "/account/documents?type=TAX_NOTICE",
      expected: "/account/documents?type=TAX_NOTICE",
    },
    { rule: "replaces a missing header", header: null, expected: "/account" },
    { rule: "replaces another site", header: "https://example.org/account", expected: "/account" },
    {
      rule: "replaces a protocol-relative URL",
      header: "//example.org/account",
      expected: "/account",
    },
    { rule: "replaces a look-alike path", header: "/accountant", expected: "/account" },
    { rule: "replaces another section", header: "/admin", expected: "/account" },
  ])("$rule", ({ header, expected }) => {
    expect(accountCallbackPath(header)).toBe(expected);
  });
});

describe("adminCallbackPath", () => {
  it.each([
    { rule: "keeps the inbox", header: "/admin", expected: "/admin" },
    {
      rule: "keeps a review page",
      header: "/admin/documents/abc?from=inbox",
      expected: "/admin/documents/abc?from=inbox",
    },
    { rule: "replaces a missing header", header: null, expected: "/admin" },
    { rule: "replaces another site", header: "https://example.org/admin", expected: "/admin" },
    { rule: "replaces a look-alike path", header: "/administration", expected: "/admin" },
    { rule: "replaces another section", header: "/account", expected: "/admin" },
  ])("$rule", ({ header, expected }) => {
    expect(adminCallbackPath(header)).toBe(expected);
  });
});
