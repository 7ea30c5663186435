// The table of staff sectors that review each kind of waiting item. Direction
// and admins review everything (as in staffHasSector), so they are not listed.
import type { DocumentType, OfferKind, StaffSector } from "@/lib/generated/prisma/enums";
import { DocumentType as DocumentTypes } from "@/lib/generated/prisma/enums";

/**
 * Kinds of items that wait for a staff decision in the inbox. A `booking` is
 * a pre-registration or campaign request (status PENDING).
 */
export type InboxKind = "membership" | "dependant" | "document" | "booking";

export const INBOX_KINDS: InboxKind[] = ["membership", "dependant", "document", "booking"];

const MEMBER_FILE: StaffSector[] = ["FICHIER_ADHESIONS", "SECRETARIAT"];
const MEMBER_FILE_AND_BENEFITS: StaffSector[] = [...MEMBER_FILE, "PRESTATIONS_CAISSE_PRETS"];

/**
 * Sectors that review each kind of item, and each document type. Medical
 * certificates are confidential: only Action sociale reviews them.
 */
export const REVIEW_SECTORS = {
  membership: MEMBER_FILE,
  dependant: MEMBER_FILE,
  document: {
    TAX_NOTICE: MEMBER_FILE_AND_BENEFITS,
    FAMILY_RECORD_BOOK: MEMBER_FILE,
    BIRTH_CERTIFICATE: MEMBER_FILE,
    PAYSLIP: MEMBER_FILE_AND_BENEFITS,
    PENSION_SLIP: MEMBER_FILE_AND_BENEFITS,
    SCHOOL_CERTIFICATE: MEMBER_FILE,
    BANK_DETAILS: MEMBER_FILE_AND_BENEFITS,
    MEDICAL_CERTIFICATE: ["ACTION_SOCIALE"],
    OTHER: MEMBER_FILE,
  } satisfies Record<DocumentType, StaffSector[]>,
} as const;

/** Sectors that may see family quotient figures (income, shares, QF). */
export const QUOTIENT_VIEWER_SECTORS: StaffSector[] = [
  "PRESTATIONS_CAISSE_PRETS",
  "FICHIER_ADHESIONS",
  "SECRETARIAT",
];

export const ALL_DOCUMENT_TYPES = Object.values(DocumentTypes) as DocumentType[];

/** The minimal shape of a staff actor that sector checks need. */
type SectorHolder = { role: "STAFF" | "ADMIN"; sectors: StaffSector[] };

function holdsOneOf(actor: SectorHolder, sectors: readonly StaffSector[]) {
  if (actor.role === "ADMIN" || actor.sectors.includes("DIRECTION")) return true;
  return sectors.some((sector) => actor.sectors.includes(sector));
}

export function sectorsForDocument(type: DocumentType): readonly StaffSector[] {
  return REVIEW_SECTORS.document[type];
}

export function canReviewMembership(actor: SectorHolder) {
  return holdsOneOf(actor, REVIEW_SECTORS.membership);
}

export function canReviewDependant(actor: SectorHolder) {
  return holdsOneOf(actor, REVIEW_SECTORS.dependant);
}

/** Returns whether the actor may see, download and decide on a document of this type. */
export function canReviewDocument(actor: SectorHolder, type: DocumentType) {
  return holdsOneOf(actor, sectorsForDocument(type));
}

export function canViewQuotient(actor: SectorHolder) {
  return holdsOneOf(actor, QUOTIENT_VIEWER_SECTORS);
}

/** Returns whether the actor may read the whole audit log: Direction and admins only. */
export function canReadAuditLog(actor: SectorHolder) {
  return holdsOneOf(actor, ["DIRECTION"]);
}

/** Document types whose review belongs to one of `sectors` (all types for Direction). */
export function documentTypesForSectors(sectors: readonly StaffSector[]): DocumentType[] {
  if (sectors.includes("DIRECTION")) return ALL_DOCUMENT_TYPES;
  return ALL_DOCUMENT_TYPES.filter((type) =>
    sectorsForDocument(type).some((sector) => sectors.includes(sector)),
  );
}

/** Document types the actor may review. */
export function reviewableDocumentTypes(actor: SectorHolder): DocumentType[] {
  return ALL_DOCUMENT_TYPES.filter((type) => canReviewDocument(actor, type));
}

/**
 * Returns the share of the inbox that one sector reviews. The sector
 * filter uses it, so Direction can look at one sector's queue.
 */
export function inboxScopeOfSector(sector: StaffSector) {
  const single: SectorHolder = { role: "STAFF", sectors: [sector] };
  return {
    membership: canReviewMembership(single),
    dependant: canReviewDependant(single),
    documentTypes: documentTypesForSectors([sector]),
    offerKinds: managedOfferKinds(single),
  };
}

/**
 * Sectors that run each kind of offer: its catalogue entry, sessions,
 * pre-registrations, participants and bookings made at the office.
 * Stages are activities, run with Communication.
 */
export const OFFER_SECTORS = {
  TRIP: ["VACANCES_SPORTS_LOISIRS"],
  RENTAL: ["VACANCES_SPORTS_LOISIRS"],
  ACTIVITY: ["VACANCES_SPORTS_LOISIRS", "COMMUNICATION_STAGES"],
  TICKET: ["PRESTATIONS_CAISSE_PRETS"],
} as const satisfies Record<OfferKind, StaffSector[]>;

/** Returns whether the actor may manage offers of this kind and their bookings. */
export function canManageOffers(actor: SectorHolder, kind: OfferKind) {
  return holdsOneOf(actor, OFFER_SECTORS[kind]);
}

/** Offer kinds the actor manages (every kind for Direction and admins). */
export function managedOfferKinds(actor: SectorHolder): OfferKind[] {
  return (Object.keys(OFFER_SECTORS) as OfferKind[]).filter((kind) => canManageOffers(actor, kind));
}

/** Sectors that see every payment: the Caisse (Direction and admins see them too). */
export const PAYMENT_VIEWER_SECTORS: StaffSector[] = ["PRESTATIONS_CAISSE_PRETS"];

/**
 * Returns whether the actor may take payments at the office for a booking of
 * this kind of offer: the Caisse, the sectors that manage the offer kind,
 * Direction and admins.
 */
export function canTakePayments(actor: SectorHolder, kind: OfferKind) {
  return holdsOneOf(actor, PAYMENT_VIEWER_SECTORS) || canManageOffers(actor, kind);
}

/** Returns whether the actor may see payments, balances, cash desks and refunds of all offers. */
export function canViewPayments(actor: SectorHolder) {
  return holdsOneOf(actor, PAYMENT_VIEWER_SECTORS);
}
