import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// Message files do not change while a production server runs, so each
// locale is read once per process. `next dev` reads them on every request
// to pick up edits.
const cache = new Map<string, Promise<Record<string, unknown>>>();

/**
 * Loads messages/<locale>/*.json, one namespace a file, so each part of the
 * app keeps its wording in its own file.
 */
export function loadMessages(locale: string): Promise<Record<string, unknown>> {
  if (process.env.NODE_ENV !== "production") return readMessages(locale);
  let messages = cache.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    cache.set(locale, messages);
    // A failed read is not kept, so the next request tries again.
    messages.catch(() => cache.delete(locale));
  }
  return messages;
}

async function readMessages(locale: string) {
  const folder = path.join(process.cwd(), "messages", locale);
  const files = (await readdir(folder)).filter((name) => name.endsWith(".json"));
  const messages: Record<string, unknown> = {};

  for (const file of files.sort()) {
    const namespace = path.basename(file, ".json");
    messages[namespace] = JSON.parse(await readFile(path.join(folder, file), "utf8"));
  }
  return messages;
}
