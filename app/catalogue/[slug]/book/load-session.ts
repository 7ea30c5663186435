import "server-only";

import { db } from "@/lib/db";

/**
 * Returns a session of a published offer for the booking form, or null when
 * the session does not exist, belongs to another offer or the offer is not
 * in the catalogue.
 */
export async function findPublishedSession(slug: string, sessionId: string) {
  return db.offerSession.findFirst({
    where: { id: sessionId, offer: { slug, status: "PUBLISHED" } },
    include: {
      offer: {
        select: {
          id: true,
          slug: true,
          title: true,
          kind: true,
          status: true,
          placeLabel: true,
        },
      },
    },
  });
}
