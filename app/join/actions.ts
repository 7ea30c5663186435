"use server";

import { runAction } from "@/lib/actions/run-action";
import type { ActionResult } from "@/lib/actions/result";
import { readFormFile } from "@/lib/documents/store-file";
import { enrolmentSchema } from "@/lib/enrolment/schemas";
import { submitEnrolment } from "@/lib/enrolment/submit-enrolment";

/**
 * Submits a request to join. It is public, since visitors have no account
 * yet. The form sends the proof as the `proof` file.
 */
export async function submitEnrolmentAction(formData: FormData): Promise<ActionResult> {
  return runAction("enrolment.submit", async () => {
    const { consent, ...fields } = Object.fromEntries(formData);
    const input = enrolmentSchema.parse({ ...fields, consent: consent === "true" });
    const proof = await readFormFile(formData.get("proof"));
    await submitEnrolment(input, proof);
    return undefined;
  });
}
