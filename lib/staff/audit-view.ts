import type { StaffActor } from "@/lib/auth/guards";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { canReviewDocument, canViewQuotient } from "@/lib/staff/sectors";

type JsonValue = unknown;

/** One changed field of an audit entry. */
export type FieldChange = { field: string; before: JsonValue; after: JsonValue };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Lists the fields whose value differs between an audit entry's before and
 * after, in the order they first appear. A missing side, a missing field
 * and null all read as absent (undefined), so a creation lists every field
 * of `after` and a reason going from missing to null is no change.
 */
export function diffAuditValues(before: unknown, after: unknown): FieldChange[] {
  const previous = isRecord(before) ? before : {};
  const next = isRecord(after) ? after : {};
  const valueOf = (record: Record<string, unknown>, field: string) => record[field] ?? undefined;
  const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])];
  return fields
    .filter(
      (field) => JSON.stringify(valueOf(previous, field)) !== JSON.stringify(valueOf(next, field)),
    )
    .map((field) => ({ field, before: valueOf(previous, field), after: valueOf(next, field) }));
}

/**
 * Returns the document type and the year recorded in an entry's values,
 * so the list can name the document or year that the entry concerns.
 */
export function auditSubject(entry: { before: unknown; after: unknown }) {
  const values = {
    ...(isRecord(entry.before) ? entry.before : {}),
    ...(isRecord(entry.after) ? entry.after : {}),
  };
  return {
    documentType: typeof values.type === "string" ? values.type : null,
    year: typeof values.year === "number" ? values.year : null,
  };
}

type AuditLike = {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

function documentTypeOf(entry: AuditLike, knownTypes: Map<string, DocumentType>) {
  for (const side of [entry.after, entry.before]) {
    if (isRecord(side) && typeof side.type === "string") return side.type as DocumentType;
  }
  return knownTypes.get(entry.entityId);
}

/**
 * Returns whether the actor may read an entry's before and after: quotient
 * figures only for the sectors that need them, documents only for the
 * sectors that review their type. `knownTypes` maps document ids to types
 * for entries that do not store the type.
 */
export function canReadAuditDetails(
  actor: StaffActor,
  entry: AuditLike,
  knownTypes: Map<string, DocumentType> = new Map(),
) {
  if (entry.entityType === "HouseholdQuotient") return canViewQuotient(actor);
  if (entry.entityType === "SupportingDocument") {
    const type = documentTypeOf(entry, knownTypes);
    return type ? canReviewDocument(actor, type) : false;
  }
  return true;
}

/**
 * Returns the admin.json key of an audit field's label. A Member's `status`
 * is the employment situation (in activity or retired), not a membership
 * status, so it has its own label.
 */
export function auditFieldLabelKey(entityType: string, field: string): string {
  if (entityType === "Member" && field === "status") return "diff.memberStatus";
  return `diff.${field}`;
}

/** Entity types whose `status` has its own labels, because their statuses differ from bookings'. */
const STATUS_KEYS: Record<string, string> = {
  Payment: "paymentStatus",
  Refund: "refundStatus",
};

/**
 * Returns the admin.json key that translates an audit value, or null when
 * the value is shown as recorded. A `reason` is either a code written by
 * the payment code (such as `late_payment` or `checkout.session.expired`),
 * translated under `audit.reasons`, or text typed by staff, shown as typed.
 */
export function auditValueKey(entityType: string, field: string, value: unknown): string | null {
  if (typeof value === "boolean") return value ? "diff.yes" : "diff.no";
  if (typeof value !== "string") return null;
  if (entityType === "Member" && field === "status") return `memberStatus.${value}`;
  if (field === "status") return `${STATUS_KEYS[entityType] ?? "status"}.${value}`;
  if (field === "type") return `documentTypes.${value}`;
  if (field === "relation") return `relations.${value}`;
  if (field === "tender") return `tenders.${value}`;
  if (field === "reason" && /^[a-z_.]+$/.test(value)) {
    return `audit.reasons.${value.replaceAll(".", "_")}`;
  }
  return null;
}
