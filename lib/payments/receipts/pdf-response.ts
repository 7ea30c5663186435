import { randomUUID } from "node:crypto";

import { isDomainError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { PdfFile } from "@/lib/payments/receipts/receipt-files";

const privateHeaders = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
};

/**
 * Sends the PDF that `render` builds. A domain error (signed out, another
 * household, not found) gives 404, so a response never reveals whether a
 * payment exists. Anything else is logged with `ids` and gives 500.
 */
export async function pdfResponse(
  render: () => Promise<PdfFile>,
  ids: Record<string, string | undefined>,
) {
  try {
    const file = await render();
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": `inline; filename="${file.fileName}"`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isDomainError(error)) {
      return new Response("Introuvable.", { status: 404, headers: privateHeaders });
    }
    const errorId = randomUUID();
    logger.error({ err: error, ...ids, errorId }, "PDF rendering failed");
    return new Response("Erreur interne.", { status: 500, headers: privateHeaders });
  }
}
