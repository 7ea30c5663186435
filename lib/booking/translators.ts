import { getTranslator, type Translate } from "@/lib/i18n";

const translators = new Map<string, Promise<Translate>>();

/**
 * Returns the translator of a booking namespace, loaded once per process:
 * getTranslator reads every message file, and booking code calls it while
 * holding a session's row lock. A message edited while the server runs
 * shows after a restart.
 */
export function bookingTranslator(
  namespace: "bookingRules" | "bookingEmails" | "cancellationRefunds",
) {
  let translator = translators.get(namespace);
  if (!translator) {
    translator = getTranslator(namespace);
    translators.set(namespace, translator);
    // A failed load is retried on the next call instead of being cached.
    translator.catch(() => translators.delete(namespace));
  }
  return translator;
}
