import "server-only";

import { randomUUID } from "node:crypto";

import { getTranslations } from "next-intl/server";
import { ZodError } from "zod";

import type { ActionResult } from "@/lib/actions/result";
import { getSessionUser } from "@/lib/auth/guards";
import { trackQueuedEmails } from "@/lib/email/outbox";
import { isDomainError } from "@/lib/errors";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";
import { logger } from "@/lib/logger";

/**
 * Runs the body of a server action, requests delivery of the e-mails it
 * queued, and maps what it throws: a DomainError
 * or a ZodError becomes a French message for the form; anything else is
 * logged with an error id and shown as a generic message.
 */
export async function runAction<T>(
  action: string,
  body: () => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const { result, queued } = await trackQueuedEmails(body);
    // E-mails wait in the outbox until now, when their transaction has
    // committed; the request makes them leave within seconds.
    if (queued) await requestEmailDelivery();
    return { ok: true, data: result };
  } catch (error) {
    const tErrors = await getTranslations("errors");

    if (isDomainError(error)) {
      const message = tErrors(error.code, error.options.params ?? {});
      const fieldErrors = error.field ? { [error.field]: message } : {};
      return { ok: false, message, fieldErrors };
    }

    if (error instanceof ZodError) {
      const tValidation = await getTranslations("validation");
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.issues) {
        const field = issue.path.join(".");
        if (fieldErrors[field]) continue;
        fieldErrors[field] = tValidation.has(issue.message)
          ? tValidation(issue.message, issueParams(issue))
          : tValidation("required");
      }
      return { ok: false, message: tErrors("invalid_input"), fieldErrors };
    }

    // Digest-carrying errors are Next.js control flow (redirect, notFound).
    if (error && typeof error === "object" && "digest" in error) throw error;

    const errorId = randomUUID();
    const userId = await getSessionUser()
      .then((user) => user?.id)
      .catch(() => undefined);
    logger.error({ err: error, action, errorId, userId }, "server action failed");
    return { ok: false, message: tErrors("unexpected"), fieldErrors: {} };
  }
}

function issueParams(issue: ZodError["issues"][number]): Record<string, number> {
  return "maximum" in issue ? { max: Number(issue.maximum) } : {};
}
