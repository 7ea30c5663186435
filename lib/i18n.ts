import { createTranslator } from "next-intl";

import { loadMessages } from "@/i18n/messages";

/**
 * A translator usable outside a request (e-mails written by domain
 * functions, background jobs, tests), reading the same message files.
 */
export async function getTranslator(namespace: string) {
  // Typed loosely on purpose: the files are read at run time, and with the
  // inferred `Record<string, unknown>` the translator accepted no key at all.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const messages: Record<string, any> = await loadMessages("fr");
  return createTranslator({ locale: "fr", messages, namespace, timeZone: "Europe/Paris" });
}
