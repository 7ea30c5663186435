import type { DbClient } from "@/lib/db";

export type EmailMessage = { to: string; subject: string; text: string; html?: string };

/**
 * Writes an e-mail to the outbox inside the caller's transaction, so it is
 * sent if and only if the change it announces is committed. A background
 * job delivers it.
 */
export function queueEmail(tx: DbClient, message: EmailMessage) {
  return tx.outboundEmail.create({ data: message });
}
