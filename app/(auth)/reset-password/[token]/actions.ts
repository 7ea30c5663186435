"use server";

import { runAction } from "@/lib/actions/run-action";
import { resetPassword } from "@/lib/auth/reset-password";
import { newPasswordSchema, type NewPasswordInput } from "@/lib/auth/schemas";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";

export async function resetPasswordAction(token: string, input: NewPasswordInput) {
  const result = await runAction("auth.resetPassword", async () => {
    const { password } = newPasswordSchema.parse(input);
    await resetPassword({ token: String(token), password });
  });
  if (result.ok) await requestEmailDelivery();
  return result;
}
