// Documents sent together with a request are decided with it: the payslip
// or pension slip of an enrolment, the proofs attached to a new dependant.
// The inbox hides them while their request waits, so they are not reviewed twice.
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { documentTypesForSectors, REVIEW_SECTORS } from "@/lib/staff/sectors";

export const MEMBERSHIP_PROOF_TYPES: DocumentType[] = ["PAYSLIP", "PENSION_SLIP"];

/**
 * Types of dependant proofs decided with the dependant. Other types, such as
 * a medical certificate, stay with their own sector.
 */
export const DEPENDANT_PROOF_TYPES: DocumentType[] = documentTypesForSectors(
  REVIEW_SECTORS.dependant,
);
