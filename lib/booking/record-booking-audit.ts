import { recordAudit, type AuditInput } from "@/lib/audit";
import type { DbClient } from "@/lib/db";

/** Records an audit entry for a change of a booking, keyed by the booking's id and household. */
export function recordBookingAudit(
  tx: DbClient,
  booking: { id: string; householdId: string },
  entry: Pick<AuditInput, "action" | "actorId" | "before" | "after">,
) {
  return recordAudit(tx, {
    ...entry,
    entityType: "Booking",
    entityId: booking.id,
    householdId: booking.householdId,
  });
}
