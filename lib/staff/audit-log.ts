import { TZDate } from "@date-fns/tz";

import type { AuditAction } from "@/lib/audit";
import type { StaffActor } from "@/lib/auth/guards";
import { ASSOCIATION_TIME_ZONE, parseCalendarDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canReadAuditLog } from "@/lib/staff/sectors";

export const AUDIT_PAGE_SIZE = 50;

/** Every audit action, in the order the filter lists them. */
export const AUDIT_ACTIONS: AuditAction[] = [
  "membership.validated",
  "membership.rejected",
  "membership.resubmitted",
  "dependant.validated",
  "dependant.rejected",
  "document.accepted",
  "document.rejected",
  "quotient.set",
  "booking.created",
  "booking.approved",
  "booking.refused",
  "booking.waitlisted",
  "booking.offered",
  "booking.offer_accepted",
  "booking.offer_declined",
  "booking.offer_expired",
  "booking.cancelled",
  "member.enrolled",
  "member.updated",
  "household.updated",
  "dependant.created",
  "dependant.updated",
  "dependant.archived",
  "document.uploaded",
  "user.password_reset",
  "offer.created",
  "offer.updated",
  "offer.published",
  "offer.unpublished",
  "offer.archived",
  "session.created",
  "session.updated",
  "session.capacity_changed",
  "booking.hold_expired",
  "booking.reinstated",
  "booking.instalments_chosen",
  "booking.office_payment_chosen",
  "payment.checkout_opened",
  "payment.checkout_closed",
  "payment.received",
  "refund.created",
  "refund.issued",
  "refund.failed",
  "cash_desk.opened",
  "cash_desk.closed",
];

export type AuditFilters = {
  action?: string;
  actorId?: string;
  /** First calendar day included, "YYYY-MM-DD" in Europe/Paris. */
  from?: string;
  /** Last calendar day included, "YYYY-MM-DD" in Europe/Paris. */
  to?: string;
  page?: number;
};

/** Returns the instant a Paris calendar day starts, or null for an invalid date. */
function startOfParisDay(value: string | undefined, plusDays = 0): Date | null {
  if (!value || !parseCalendarDate(value)) return null;
  const [year, month, day] = value.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, day + plusDays, ASSOCIATION_TIME_ZONE).getTime());
}

/**
 * Lists audit entries newest first with their actor and the names of the
 * household's members, filtered by action,
 * actor and a range of Paris calendar days, one page at a time. Raises
 * `not_found` unless the actor is Direction or an admin.
 */
export async function listAuditEntries(actor: StaffActor, filters: AuditFilters) {
  if (!canReadAuditLog(actor)) throw new DomainError("not_found");

  const page = Math.max(1, Math.floor(filters.page ?? 1));
  const from = startOfParisDay(filters.from);
  const toExclusive = startOfParisDay(filters.to, 1);
  const where: Prisma.AuditEntryWhereInput = {
    action: filters.action || undefined,
    actorId: filters.actorId || undefined,
    createdAt: {
      ...(from ? { gte: from } : {}),
      ...(toExclusive ? { lt: toExclusive } : {}),
    },
  };

  // One extra row shows whether a next page exists without counting a
  // table that grows with every change.
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { displayName: true, email: true } } },
  });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  const householdIds = [...new Set(entries.flatMap((entry) => entry.householdId ?? []))];
  const members = await db.member.findMany({
    where: { householdId: { in: householdIds } },
    orderBy: { createdAt: "asc" },
    select: { householdId: true, firstName: true, lastName: true },
  });
  const namesOf = (householdId: string | null) =>
    members
      .filter((member) => member.householdId === householdId)
      .map((member) => `${member.firstName} ${member.lastName}`)
      .join(", ") || null;

  return {
    entries: entries.map((entry) => ({ ...entry, householdNames: namesOf(entry.householdId) })),
    page,
    hasNextPage: rows.length > AUDIT_PAGE_SIZE,
  };
}

/** Staff accounts for the actor filter of the audit log. */
export function listAuditActors() {
  return db.user.findMany({
    where: { role: { in: ["STAFF", "ADMIN"] } },
    orderBy: { displayName: "asc" },
    select: { id: true, displayName: true },
  });
}
