/** Reads a positive whole number from the environment, or returns the default. */
function positiveIntegerFromEnv(name: string, fallback: number) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got "${raw}".`);
  }
  return value;
}

/**
 * Returns the minutes a booking confirmed online keeps its places while the member pays
 * (PAYMENT_HOLD_MINUTES, 30 by default). A Stripe Checkout session lasts at
 * least 30 minutes, so a shorter hold would end while the card form is open.
 */
export function paymentHoldMinutes() {
  return positiveIntegerFromEnv("PAYMENT_HOLD_MINUTES", 30);
}

/**
 * Returns the days a household has to pay at the office, or after staff approved its
 * request (OFFICE_PAYMENT_DAYS, 7 by default).
 */
export function officePaymentDays() {
  return positiveIntegerFromEnv("OFFICE_PAYMENT_DAYS", 7);
}
