import { describe, expect, it } from "vitest";

import { normalizePhone } from "@/lib/validation/phone";

describe("normalizePhone", () => {
  it.each([
    { typed: "0612345678", stored: "0612345678" },
    { typed: "06 12 34 56 78", stored: "0612345678" },
    { typed: "06.12.34.56.78", stored: "0612345678" },
    { typed: "06-12-34-56-78", stored: "0612345678" },
    { typed: " 05 61 22 33 44 ", stored: "0561223344" },
    { typed: "+33 6 12 34 56 78", stored: "0612345678" },
    { typed: "+33612345678", stored: "0612345678" },
    { typed: "0033 6 12 34 56 78", stored: "0612345678" },
    { typed: "+32 2 555 12 12", stored: "+3225551212" },
    { typed: "+44 20 7946 0000", stored: "+442079460000" },
  ])("stores $typed as $stored", ({ typed, stored }) => {
    expect(normalizePhone(typed)).toBe(stored);
  });

  it.each([
    { typed: "" },
    { typed: "06 12 34 56" },
    { typed: "06 12 34 56 78 9" },
    { typed: "+33 6 12 34 56" },
    { typed: "00 61 22 33 44" },
    { typed: "0044 20 7946 0000" },
    { typed: "+33 0 12 34 56 78" },
    { typed: "+1234567" },
    { typed: "+1234567890123456" },
    { typed: "06 12 34 56 7a" },
    { typed: "06/12/34/56/78" },
  ])("rejects $typed", ({ typed }) => {
    expect(normalizePhone(typed)).toBeNull();
  });
});
