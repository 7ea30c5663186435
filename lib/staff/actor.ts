import type { DbClient } from "@/lib/db";
import type { StaffActor } from "@/lib/auth/guards";
import { DomainError } from "@/lib/errors";

/**
 * Reloads the acting staff member from the database and returns their
 * current role and sectors. Raises `not_found` for a member, a disabled
 * account or an unknown user, so a forged or stale actor decides nothing.
 */
export async function loadReviewer(client: DbClient, actor: StaffActor): Promise<StaffActor> {
  const user = await client.user.findUnique({
    where: { id: actor.userId },
    select: { id: true, role: true, sectors: true, disabledAt: true },
  });
  if (!user || user.disabledAt || user.role === "MEMBER") throw new DomainError("not_found");
  return { userId: user.id, role: user.role, sectors: user.sectors };
}
