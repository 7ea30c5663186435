import { createTranslator } from "next-intl";

import { loadMessages } from "@/i18n/messages";

/**
 * A translator usable outside a request (e-mails written by domain
 * functions, background jobs, tests), reading the same message files.
 */
export async function getTranslator(namespace: string) {
  // Messages are loaded at run time, so their keys are not known to the
  // compiler; without `any` every key would be typed `never`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const messages: Record<string, any> = await loadMessages("fr");
  return createTranslator({ locale: "fr", messages, namespace, timeZone: "Europe/Paris" });
}
