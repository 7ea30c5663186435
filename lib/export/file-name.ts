/**
 * Builds a download file name from free text (an offer's title, a date):
 * accents removed, anything but letters, digits and hyphens replaced, so the
 * name is safe in a `Content-Disposition` header and on every file system.
 */
export function exportFileName(parts: string[], extension: "csv" | "xlsx"): string {
  const base = parts
    .join("-")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${base || "export"}.${extension}`;
}

/** Returns the `Content-Disposition` value that downloads a file under `fileName`. */
export function attachmentDisposition(fileName: string) {
  return `attachment; filename="${fileName}"`;
}

/** Returns the response that downloads an export file: private, never cached, never sniffed. */
export function downloadResponse(file: { body: BodyInit; contentType: string; fileName: string }) {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
