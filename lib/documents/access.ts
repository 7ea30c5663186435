import type { StaffActor } from "@/lib/auth/guards";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { canReviewDocument } from "@/lib/staff/sectors";

/**
 * Returns whether a staff member may open documents of this type. Opening
 * follows the review table in lib/staff/sectors.ts, so that a sector never
 * downloads a document its pages hide from it.
 */
export function staffCanSeeDocumentType(actor: StaffActor, type: DocumentType): boolean {
  return canReviewDocument(actor, type);
}
