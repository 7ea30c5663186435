"use server";

import { headers } from "next/headers";

import { runAction } from "@/lib/actions/run-action";
import { clientIp } from "@/lib/auth/client-ip";
import { resetPassword } from "@/lib/auth/reset-password";
import { newPasswordSchema, type NewPasswordInput } from "@/lib/auth/schemas";

export async function resetPasswordAction(token: string, input: NewPasswordInput) {
  return runAction("auth.resetPassword", async () => {
    const { password } = newPasswordSchema.parse(input);
    const ip = clientIp(Object.fromEntries(await headers()));
    await resetPassword({ token: String(token), password, ip });
  });
}
