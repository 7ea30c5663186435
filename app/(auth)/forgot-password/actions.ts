"use server";

import { headers } from "next/headers";

import { runAction } from "@/lib/actions/run-action";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/auth/schemas";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";

export async function requestPasswordResetAction(input: ForgotPasswordInput) {
  const result = await runAction("auth.requestPasswordReset", async () => {
    const { email } = forgotPasswordSchema.parse(input);
    const ip = clientIp(Object.fromEntries(await headers()));
    await requestPasswordReset({ email, ip });
  });
  // Requested whether or not an account matched, so the timing stays alike.
  if (result.ok) await requestEmailDelivery();
  return result;
}
