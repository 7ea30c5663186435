import { loadMessages } from "@/i18n/messages";

/** Reads the French `admin` message at a dotted key, or undefined when the key is missing. */
export async function adminMessage(key: string): Promise<unknown> {
  const messages = await loadMessages("fr");
  return key.split(".").reduce<unknown>((node, part) => {
    return typeof node === "object" && node !== null
      ? (node as Record<string, unknown>)[part]
      : undefined;
  }, messages.admin);
}
