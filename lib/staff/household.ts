import type { StaffActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { canReadAuditDetails } from "@/lib/staff/audit-view";
import { canReviewDocument, canViewQuotient } from "@/lib/staff/sectors";

export const HOUSEHOLD_AUDIT_PAGE_SIZE = 30;

/**
 * Loads a household for the staff page: members with their memberships,
 * dependants, documents, quotients and one page of the audit trail, newest
 * first. Only documents whose type the actor reviews are returned, so
 * confidential ones stay unseen. Quotients are null unless the actor's
 * sector needs them. Raises `not_found` for an unknown household.
 */
export async function getHouseholdForStaff(
  actor: StaffActor,
  input: { householdId: string; auditPage?: number },
) {
  const household = await db.household.findUnique({
    where: { id: input.householdId },
    include: {
      members: {
        orderBy: { createdAt: "asc" },
        include: {
          user: { select: { email: true, disabledAt: true } },
          memberships: { orderBy: { year: "desc" } },
        },
      },
      dependants: { orderBy: [{ archivedAt: "asc" }, { birthDate: "asc" }] },
      supportingDocuments: {
        where: { deletedAt: null },
        orderBy: [{ year: "desc" }, { createdAt: "desc" }],
        include: {
          member: { select: { firstName: true, lastName: true } },
          dependant: { select: { firstName: true, lastName: true } },
        },
      },
    },
  });
  if (!household) throw new DomainError("not_found");

  const documents = household.supportingDocuments.filter((document) =>
    canReviewDocument(actor, document.type),
  );
  const quotients = canViewQuotient(actor)
    ? await db.householdQuotient.findMany({
        where: { householdId: household.id },
        orderBy: { year: "desc" },
        include: { bracket: { select: { label: true } } },
      })
    : null;

  const auditPage = Math.max(1, Math.floor(input.auditPage ?? 1));
  const entries = await db.auditEntry.findMany({
    where: { householdId: household.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (auditPage - 1) * HOUSEHOLD_AUDIT_PAGE_SIZE,
    take: HOUSEHOLD_AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { displayName: true } } },
  });
  const documentTypes = await db.supportingDocument.findMany({
    where: { id: { in: entries.map((entry) => entry.entityId) } },
    select: { id: true, type: true },
  });
  const knownTypes = new Map<string, DocumentType>(
    documentTypes.map((document) => [document.id, document.type]),
  );

  const { supportingDocuments: _allDocuments, ...visibleHousehold } = household;
  return {
    household: visibleHousehold,
    documents,
    quotients,
    audit: {
      entries: entries.slice(0, HOUSEHOLD_AUDIT_PAGE_SIZE).map((entry) => ({
        ...entry,
        readable: canReadAuditDetails(actor, entry, knownTypes),
      })),
      page: auditPage,
      hasNextPage: entries.length > HOUSEHOLD_AUDIT_PAGE_SIZE,
    },
  };
}
