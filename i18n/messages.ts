import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Loads messages/<locale>/*.json, one namespace a file, so each part of the
 * app keeps its wording in its own file.
 */
export async function loadMessages(locale: string) {
  const folder = path.join(process.cwd(), "messages", locale);
  const files = (await readdir(folder)).filter((name) => name.endsWith(".json"));
  const messages: Record<string, unknown> = {};

  for (const file of files.sort()) {
    const namespace = path.basename(file, ".json");
    messages[namespace] = JSON.parse(await readFile(path.join(folder, file), "utf8"));
  }
  return messages;
}
