"use server";

import { runAction } from "@/lib/actions/run-action";
import { resetPassword } from "@/lib/auth/reset-password";
import { newPasswordSchema, type NewPasswordInput } from "@/lib/auth/schemas";

export async function resetPasswordAction(token: string, input: NewPasswordInput) {
  return runAction("auth.resetPassword", async () => {
    const { password } = newPasswordSchema.parse(input);
    await resetPassword({ token: String(token), password });
  });
}
