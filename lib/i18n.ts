// use-intl/core is the part of next-intl without React: under the
// react-server condition (the scripts run by tsx) the "next-intl" entry
// loads client components that plain Node cannot run.
import { createTranslator } from "use-intl/core";

import { loadMessages } from "@/i18n/messages";

/** Values for an ICU message's placeholders. A Date is formatted in Europe/Paris. */
export type TranslationValues = Record<string, string | number | Date>;

/** Translates a key of the translator's namespace, such as "subject" or "passwordReset.text". */
export type Translate = (key: string, values?: TranslationValues) => string;

/**
 * Returns a translator usable outside a request (e-mails written by domain
 * functions, background jobs, tests), reading the same message files.
 */
export async function getTranslator(namespace: string): Promise<Translate> {
  // The files are read at run time, so TypeScript cannot know their keys.
  // Typed as `Record<string, unknown>`, next-intl's translator accepts no key
  // at all, so the messages are typed loosely here and callers get `Translate`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const messages: Record<string, any> = await loadMessages("fr");
  return createTranslator({ locale: "fr", messages, namespace, timeZone: "Europe/Paris" });
}
