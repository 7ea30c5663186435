import type { StaffActor } from "@/lib/auth/guards";
import { DocumentType, type StaffSector } from "@/lib/generated/prisma/enums";

function allTypesExcept(excluded: DocumentType[]): DocumentType[] {
  return Object.values(DocumentType).filter((type) => !excluded.includes(type));
}

/**
 * Document types each staff sector may open. Medical certificates stay
 * with Direction and Action sociale, which handles confidential cases.
 * Prestations, Caisse, Prêts opens what it needs to compute quotients, pay
 * allowances and grant loans. Sectors not listed open no document.
 */
const TYPES_BY_SECTOR: Partial<Record<StaffSector, DocumentType[]>> = {
  DIRECTION: Object.values(DocumentType),
  ACTION_SOCIALE: Object.values(DocumentType),
  FICHIER_ADHESIONS: allTypesExcept(["MEDICAL_CERTIFICATE"]),
  SECRETARIAT: allTypesExcept(["MEDICAL_CERTIFICATE"]),
  PRESTATIONS_CAISSE_PRETS: ["TAX_NOTICE", "BANK_DETAILS", "PAYSLIP", "PENSION_SLIP"],
};

/** Returns whether a staff member may open documents of this type. Admins open every type. */
export function staffCanSeeDocumentType(actor: StaffActor, type: DocumentType): boolean {
  if (actor.role === "ADMIN") return true;
  return actor.sectors.some((sector) => TYPES_BY_SECTOR[sector]?.includes(type) ?? false);
}
