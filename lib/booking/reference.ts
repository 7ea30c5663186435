import { randomInt } from "node:crypto";

// Crockford's base 32: digits and capitals without I, L, O and U, which are
// easy to misread or misspell at the counter.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_LENGTH = 7;

/**
 * Generates a booking reference such as "R27-4KX9M2T": the session's year
 * and 35 random bits. The column is unique, so a collision (about one in
 * 34 billion per pair) fails the insert, and createBooking retries.
 */
export function generateBookingReference(year: number): string {
  let random = "";
  for (let index = 0; index < RANDOM_LENGTH; index += 1) {
    random += ALPHABET[randomInt(ALPHABET.length)];
  }
  return `R${String(year % 100).padStart(2, "0")}-${random}`;
}
