"use server";

import { headers } from "next/headers";

import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/actions/result";
import { readFormFile } from "@/lib/documents/store-file";
import { enrolmentSchema } from "@/lib/enrolment/schemas";
import { submitEnrolment } from "@/lib/enrolment/submit-enrolment";
import { clientIp } from "@/lib/auth/client-ip";
import { consumeRateLimit, type RateLimitRule } from "@/lib/rate-limit";

// Generous, because agents of one employer often share a public address;
// it still stops a script from creating accounts and storing files in bulk.
const ENROLMENTS_BY_IP: RateLimitRule = {
  name: "enrolment_ip",
  points: 30,
  durationSeconds: 10 * 60,
};

/**
 * Submits a request to join. It is public, since visitors have no account
 * yet. The form sends the proof as the `proof` file.
 */
export async function submitEnrolmentAction(formData: FormData): Promise<ActionResult> {
  return runAction("enrolment.submit", async () => {
    await consumeRateLimit(ENROLMENTS_BY_IP, clientIp(Object.fromEntries(await headers())));
    const { consent, ...fields } = Object.fromEntries(formData);
    const input = enrolmentSchema.parse({ ...fields, consent: consent === "true" });
    const proof = await readFormFile(formData.get("proof"));
    await submitEnrolment(input, proof);
    return undefined;
  });
}
