// Phone numbers as members type them, and the one form in which they are
// stored, so the /join form and the household form agree.

/**
 * Returns the phone number as stored: a French number as its 10 national
 * digits ("0612345678", also from "+33 6…" or "0033 6…"), another country's
 * number as "+" and 8 to 15 digits. Spaces, dots and dashes between digits
 * are dropped. Returns null for anything else, such as "00 61 22 33 44",
 * more likely a mistyped French number than a call prefix.
 */
export function normalizePhone(value: string): string | null {
  let compact = value.trim().replace(/[\s.-]/g, "");
  if (compact.startsWith("0033")) compact = `+${compact.slice(2)}`;
  if (compact.startsWith("+33")) {
    // Only the 9 digits after the national 0: "+33 0 6…" is a typing mistake.
    return /^\+33[1-9]\d{8}$/.test(compact) ? `0${compact.slice(3)}` : null;
  }
  if (/^0[1-9]\d{8}$/.test(compact) || /^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  return null;
}

/** Returns whether normalizePhone() accepts `value`. */
export function isValidPhone(value: string): boolean {
  return normalizePhone(value) !== null;
}
