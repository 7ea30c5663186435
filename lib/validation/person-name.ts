import { z } from "zod";

/** Maximum length of a first or last name, also set as `maxLength` on the inputs. */
export const PERSON_NAME_MAX_LENGTH = 100;

// Letters (with their combining accents), spaces, straight and curly
// apostrophes, hyphens and dots: "Anne-Sophie", "N’Diaye", "St. John".
// \p{Cc} and \p{Cf} (line breaks, zero-width spaces, bidi marks) are outside it.
const ALLOWED_CHARACTERS = /^[\p{L}\p{M} '’.-]+$/u;
// Hangul fillers are letters in Unicode but render as blanks, so a name of
// them would look empty to staff.
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0]/u;
const LETTER = /\p{L}/u;

/**
 * A person's first or last name: trimmed, 1 to 100 characters, at least one
 * letter, and only the characters above. Messages are keys of
 * messages/fr/validation.json.
 */
export const personName = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .max(PERSON_NAME_MAX_LENGTH, "too_long")
  // An empty name gets "required" alone. `abort` on min() would be simpler,
  // but zod 4 then skips the refinements of the enclosing object.
  .refine(
    (value) =>
      value === "" ||
      (ALLOWED_CHARACTERS.test(value) && LETTER.test(value) && !BLANK_LETTERS.test(value)),
    "person_name",
  );
