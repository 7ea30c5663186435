import { AsyncLocalStorage } from "node:async_hooks";

import type { DbClient } from "@/lib/db";

export type EmailMessage = { to: string; subject: string; text: string; html?: string };

const queuedInContext = new AsyncLocalStorage<{ queued: boolean }>();

/**
 * Writes an e-mail to the outbox inside the caller's transaction, so it is
 * sent if and only if the change it announces is committed. A background
 * job delivers it.
 */
export function queueEmail(tx: DbClient, message: EmailMessage) {
  const context = queuedInContext.getStore();
  if (context) context.queued = true;
  return tx.outboundEmail.create({ data: message });
}

/**
 * Runs `body` and reports whether it queued any e-mail, so the caller can
 * ask for delivery once the transaction has committed.
 */
export async function trackQueuedEmails<T>(body: () => Promise<T>) {
  const context = { queued: false };
  const result = await queuedInContext.run(context, body);
  return { result, queued: context.queued };
}
