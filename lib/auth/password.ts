import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (19 MiB, 2 passes), the OWASP
// minimum; slow on purpose so a stolen hash is costly to brute-force.
export function hashPassword(password: string) {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string) {
  return verify(passwordHash, password);
}

/** Trims and lower-cases an e-mail address, the form in which it is stored and compared. */
export function normalizeEmail(email: string) {
  return email.trim().toLowerCase();
}
