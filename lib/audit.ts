import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Typed audit action names, `<entity>.<past participle>`. */
export type AuditAction =
  | "member.enrolled"
  | "member.updated"
  | "membership.validated"
  | "membership.rejected"
  | "membership.resubmitted"
  | "household.updated"
  | "dependant.created"
  | "dependant.updated"
  | "dependant.archived"
  | "dependant.validated"
  | "dependant.rejected"
  | "document.uploaded"
  | "document.accepted"
  | "document.rejected"
  | "quotient.set"
  | "user.password_reset"
  | "booking.created"
  | "booking.approved"
  | "booking.refused"
  | "booking.waitlisted"
  | "booking.offered"
  | "booking.offer_accepted"
  | "booking.offer_declined"
  | "booking.offer_expired"
  | "booking.cancelled"
  | "session.capacity_changed"
  | "offer.created"
  | "offer.updated"
  | "offer.published"
  | "offer.archived"
  | "offer.unpublished"
  | "session.created"
  | "session.updated"
  | "booking.hold_expired"
  | "booking.reinstated"
  | "booking.instalments_chosen"
  | "booking.office_payment_chosen"
  | "payment.checkout_opened"
  | "payment.received"
  | "payment.checkout_closed"
  | "refund.created"
  | "refund.issued"
  | "refund.failed"
  | "cash_desk.opened"
  | "cash_desk.closed";

export type AuditInput = {
  action: AuditAction;
  actorId: string | null;
  entityType: string;
  entityId: string;
  householdId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Appends an audit entry; call it inside the transaction that makes the change. */
export function recordAudit(tx: DbClient, entry: AuditInput) {
  return tx.auditEntry.create({
    data: {
      action: entry.action,
      actorId: entry.actorId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      householdId: entry.householdId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
