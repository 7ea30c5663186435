import { z } from "zod";

// Messages are keys of messages/fr/validation.json, translated by the form
// on the client and by runAction on the server.

export const PASSWORD_MIN_LENGTH = 10;
// Long enough for any passphrase; the limit only keeps absurd inputs away from the slow hash.
export const PASSWORD_MAX_LENGTH = 256;

// Loose on purpose (one "@", no spaces): addresses imported from the old
// system must still be able to sign in, and the e-mailed link is the real check.
const emailField = z
  .string()
  .trim()
  .min(1, "required")
  .max(254, "email")
  .regex(/^[^\s@]+@[^\s@]+$/, "email");

export const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, "required").max(PASSWORD_MAX_LENGTH, "too_long"),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const forgotPasswordSchema = z.object({ email: emailField });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

export const newPasswordSchema = z
  .object({
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, "password_too_short")
      .max(PASSWORD_MAX_LENGTH, "too_long"),
    confirmation: z.string().min(1, "required"),
  })
  .refine((value) => value.password === value.confirmation, {
    message: "passwords_differ",
    path: ["confirmation"],
  });
export type NewPasswordInput = z.infer<typeof newPasswordSchema>;
