import { fileTypeFromBuffer } from "file-type";

import { DomainError } from "@/lib/errors";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const ALLOWED_CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AllowedContentType = (typeof ALLOWED_CONTENT_TYPES)[number];

const EXTENSIONS: Record<AllowedContentType, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};

const NAME_EXTENSIONS: Record<string, AllowedContentType> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};

/**
 * Checks an uploaded file by its content (magic bytes), never by the type
 * the browser sent. Raises `file_empty`, `file_too_large` or
 * `file_type_not_allowed`, and `file_extension_mismatch` when the name
 * claims another allowed type than the content (a PNG named `.pdf`), since
 * staff would open it as the type its name shows.
 */
export async function checkDocumentFile(content: Uint8Array, field = "file", name?: string) {
  if (content.byteLength === 0) throw new DomainError("file_empty", { field });
  if (content.byteLength > MAX_DOCUMENT_BYTES) {
    throw new DomainError("file_too_large", { field });
  }
  const detected = await fileTypeFromBuffer(content);
  const contentType = detected?.mime as AllowedContentType | undefined;
  if (!contentType || !ALLOWED_CONTENT_TYPES.includes(contentType)) {
    throw new DomainError("file_type_not_allowed", { field });
  }
  const nameExtension = name?.split(".").pop()?.toLowerCase() ?? "";
  const claimed = name?.includes(".") ? NAME_EXTENSIONS[nameExtension] : undefined;
  if (name?.includes(".") && claimed !== contentType) {
    throw new DomainError("file_extension_mismatch", {
      field,
      params: { extension: EXTENSIONS[contentType] },
    });
  }
  return { contentType, extension: EXTENSIONS[contentType] };
}

/**
 * Builds a download name from ASCII letters, digits and dashes only, so it
 * is safe in a Content-Disposition header on every browser.
 */
export function safeDownloadName(base: string, extension: string) {
  const ascii = base
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${ascii || "justificatif"}.${extension}`;
}

/** Returns the file extension for a content type accepted by checkDocumentFile, such as "pdf". */
export function extensionForContentType(contentType: string): string | undefined {
  return EXTENSIONS[contentType as AllowedContentType];
}
