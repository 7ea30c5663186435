import "server-only";

import { createHash } from "node:crypto";

import { checkDocumentFile } from "@/lib/documents/file-check";
import { storage } from "@/lib/storage";

export type UploadedFile = { name: string; bytes: Uint8Array };

export type StoredFile = {
  storageKey: string;
  originalName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
};

/**
 * Checks a file by content, stores it, then runs `body` (which writes the
 * SupportingDocument row, usually in a transaction). If `body` fails, the
 * stored file is removed, so no file is left without its row.
 */
export async function withStoredFile<T>(
  file: UploadedFile,
  field: string,
  body: (stored: StoredFile) => Promise<T>,
): Promise<T> {
  const { contentType } = await checkDocumentFile(file.bytes, field, file.name);
  const storageKey = await storage.put(file.bytes);
  const stored: StoredFile = {
    storageKey,
    originalName: file.name.slice(0, 200),
    contentType,
    sizeBytes: file.bytes.byteLength,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
  };
  try {
    return await body(stored);
  } catch (error) {
    await storage.remove(storageKey);
    throw error;
  }
}

/** Reads a File from a form submission into bytes, or null when no file was chosen. */
export async function readFormFile(value: FormDataEntryValue | null): Promise<UploadedFile | null> {
  if (!value || typeof value === "string" || value.size === 0) return null;
  return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}
