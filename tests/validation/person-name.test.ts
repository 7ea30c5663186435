import { describe, expect, it } from "vitest";

import { personName } from "@/lib/validation/person-name";

/** Returns the parsed name, or the message key of the first issue. */
function check(value: unknown) {
  const result = personName.safeParse(value);
  return result.success ? { name: result.data } : { issue: result.error.issues[0].message };
}

describe("personName", () => {
  it.each([
    { case: "plain name", value: "Camille", name: "Camille" },
    { case: "accents", value: "Éléonore", name: "Éléonore" },
    { case: "hyphen", value: "Jean-Noël", name: "Jean-Noël" },
    { case: "straight apostrophe", value: "D'Artagnan", name: "D'Artagnan" },
    { case: "curly apostrophe", value: "N’Diaye", name: "N’Diaye" },
    { case: "dot and space", value: "St. John", name: "St. John" },
    { case: "combining accent", value: "Zoe\u0301", name: "Zoe\u0301" },
    { case: "surrounding spaces", value: "  Léa ", name: "Léa" },
    { case: "100 characters", value: "a".repeat(100), name: "a".repeat(100) },
  ])("accepts $case", ({ value, name }) => {
    expect(check(value)).toEqual({ name });
  });

  it.each([
    { case: "empty", value: "", issue: "required" },
    { case: "spaces only", value: "   ", issue: "required" },
    { case: "missing", value: undefined, issue: "required" },
    { case: "101 characters", value: "a".repeat(101), issue: "too_long" },
    { case: "zero-width space only", value: "\u200b", issue: "person_name" },
    { case: "zero-width space inside", value: "Lé\u200ba", issue: "person_name" },
    { case: "Hangul filler only", value: "\u3164", issue: "person_name" },
    { case: "half-width Hangul filler inside", value: "Lé\uffa0a", issue: "person_name" },
    { case: "right-to-left override", value: "\u202eLéa", issue: "person_name" },
    { case: "line feed inside", value: "Jules\nDurand", issue: "person_name" },
    { case: "carriage return inside", value: "Jules\r\nDurand", issue: "person_name" },
    { case: "tab inside", value: "Jules\tDurand", issue: "person_name" },
    { case: "NUL character", value: "Jules\u0000", issue: "person_name" },
    { case: "punctuation only", value: "-'.", issue: "person_name" },
    { case: "digits", value: "Jules 2", issue: "person_name" },
    { case: "markup", value: "<b>Léa</b>", issue: "person_name" },
  ])("rejects $case", ({ value, issue }) => {
    expect(check(value)).toEqual({ issue });
  });
});
