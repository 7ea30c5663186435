import { createTranslator } from "next-intl";

import { loadMessages } from "@/i18n/messages";

/**
 * A translator usable outside a request (e-mails written by domain
 * functions, background jobs, tests), reading the same message files.
 */
export async function getTranslator(namespace: string) {
  const messages = await loadMessages("fr");
  return createTranslator({ locale: "fr", messages, namespace, timeZone: "Europe/Paris" });
}
