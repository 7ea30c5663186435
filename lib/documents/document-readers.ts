import "server-only";

import { getSessionToken } from "@/lib/auth/guards";
import { isSessionCurrent } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import type { DocumentReader } from "@/lib/documents/get-document-for-download";

/**
 * Returns the roles in which the signed-in user may read documents, loaded
 * from the database: as a member of their household, as staff, or both (a
 * staff member who is also a member). The list is empty without a session,
 * when the account is disabled or when the password changed since sign-in.
 */
export async function getDocumentReaders(): Promise<DocumentReader[]> {
  const token = await getSessionToken();
  if (!token) return [];

  const user = await db.user.findUnique({
    where: { id: token.id },
    select: {
      id: true,
      role: true,
      sectors: true,
      disabledAt: true,
      sessionVersion: true,
      member: { select: { id: true, householdId: true } },
    },
  });
  if (!user || !isSessionCurrent(user, token.sessionVersion)) return [];

  const readers: DocumentReader[] = [];
  if (user.member) {
    readers.push({
      userId: user.id,
      memberId: user.member.id,
      householdId: user.member.householdId,
    });
  }
  if (user.role === "STAFF" || user.role === "ADMIN") {
    readers.push({ userId: user.id, role: user.role, sectors: user.sectors });
  }
  return readers;
}
