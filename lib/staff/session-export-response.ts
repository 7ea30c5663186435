import { randomUUID } from "node:crypto";

import type { StaffActor } from "@/lib/auth/guards";
import { isDomainError } from "@/lib/errors";
import { downloadResponse } from "@/lib/export/file-name";
import { logger } from "@/lib/logger";
import { exportFormatSchema, exportSessionParticipants } from "@/lib/staff/session-export";

const privateHeaders = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
};

/**
 * Builds the HTTP response of the participants export: the file, or 400
 * for an unknown `format`. An unknown session, or one whose kind of offer
 * the actor does not manage, gets 404 and never 403, so the response does
 * not reveal whether the session exists.
 */
export async function sessionExportResponse(
  actor: StaffActor,
  sessionId: string,
  formatParam: string | null,
): Promise<Response> {
  const format = exportFormatSchema.safeParse(formatParam);
  if (!format.success) {
    return new Response("Format invalide : utilisez format=csv ou format=xlsx.", {
      status: 400,
      headers: privateHeaders,
    });
  }

  try {
    const file = await exportSessionParticipants(actor, { sessionId, format: format.data });
    logger.info(
      { sessionId, userId: actor.userId, format: format.data },
      "session participants exported",
    );
    return downloadResponse(file);
  } catch (error) {
    if (isDomainError(error) && error.code === "not_found") return notFoundResponse();
    const errorId = randomUUID();
    logger.error(
      { err: error, sessionId, userId: actor.userId, errorId },
      "session participants export failed",
    );
    return new Response("Erreur interne.", { status: 500, headers: privateHeaders });
  }
}

export function notFoundResponse() {
  return new Response("Introuvable.", { status: 404, headers: privateHeaders });
}
