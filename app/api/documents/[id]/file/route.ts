import { randomUUID } from "node:crypto";

import { getDocumentReaders } from "@/lib/documents/document-readers";
import { getDocumentForDownload } from "@/lib/documents/get-document-for-download";
import { isDomainError } from "@/lib/errors";
import { logger } from "@/lib/logger";

type RouteContext = { params: Promise<{ id: string }> };

/**
 * Sends a supporting document's file to its household's members and to
 * staff allowed to see its type. Everyone else gets 404, never 403, so the
 * response does not reveal whether the document exists.
 */
export async function GET(_request: Request, context: RouteContext) {
  const { id } = await context.params;
  const readers = await getDocumentReaders();

  for (const reader of readers) {
    try {
      const file = await getDocumentForDownload(reader, id);
      logger.info({ documentId: file.id, userId: reader.userId }, "document downloaded");
      return new Response(new Uint8Array(file.bytes), {
        headers: {
          "Content-Type": file.contentType,
          "Content-Length": String(file.bytes.byteLength),
          "Content-Disposition": `attachment; filename="${file.fileName}"`,
          "X-Content-Type-Options": "nosniff",
          "Cache-Control": "private, no-store",
        },
      });
    } catch (error) {
      if (isDomainError(error) && error.code === "not_found") continue;
      const errorId = randomUUID();
      logger.error(
        { err: error, documentId: id, userId: reader.userId, errorId },
        "document download failed",
      );
      return new Response("Erreur interne.", { status: 500, headers: privateHeaders });
    }
  }
  return new Response("Introuvable.", { status: 404, headers: privateHeaders });
}

const privateHeaders = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
};
