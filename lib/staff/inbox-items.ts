import { db } from "@/lib/db";
import type { DependantRelation, DocumentType } from "@/lib/generated/prisma/enums";
import type { InboxKind } from "@/lib/staff/sectors";

/** One line of the inbox, flattened for the list. */
export type InboxItem = {
  kind: InboxKind;
  id: string;
  createdAt: Date;
  householdId: string;
  /** Names of the household's members, for "Foyer de …". */
  householdNames: string;
  /** The person the item concerns, when it is not the whole household. */
  person: string | null;
  employeeNumber: string | null;
  year: number | null;
  documentType: DocumentType | null;
  relation: DependantRelation | null;
  booking: InboxBooking | null;
};

/** The offer, session and places of a pre-registration, as the inbox shows them. */
export type InboxBooking = {
  reference: string;
  offerTitle: string;
  sessionLabel: string | null;
  startDate: Date;
  endDate: Date;
  places: number;
};

const householdNames = {
  select: {
    id: true,
    members: { select: { firstName: true, lastName: true }, orderBy: { createdAt: "asc" } },
  },
} as const;

type Named = { firstName: string; lastName: string };

function fullName(person: Named | null | undefined) {
  return person ? `${person.firstName} ${person.lastName}` : null;
}

function joinNames(household: { members: Named[] }) {
  return household.members.map((member) => fullName(member)).join(", ");
}

/** Loads the page's items with what the list shows, keeping the page's order. */
export async function loadInboxItems(
  refs: { kind: InboxKind; id: string }[],
): Promise<InboxItem[]> {
  const idsOf = (kind: InboxKind) => refs.filter((ref) => ref.kind === kind).map((ref) => ref.id);
  const [memberships, dependants, documents, bookings] = await Promise.all([
    db.membership.findMany({
      where: { id: { in: idsOf("membership") } },
      include: { member: { include: { household: householdNames } } },
    }),
    db.dependant.findMany({
      where: { id: { in: idsOf("dependant") } },
      include: { household: householdNames },
    }),
    db.supportingDocument.findMany({
      where: { id: { in: idsOf("document") } },
      include: {
        household: householdNames,
        member: { select: { firstName: true, lastName: true } },
        dependant: { select: { firstName: true, lastName: true } },
      },
    }),
    db.booking.findMany({
      where: { id: { in: idsOf("booking") } },
      include: {
        household: householdNames,
        member: { select: { firstName: true, lastName: true, employeeNumber: true } },
        session: {
          select: {
            label: true,
            startDate: true,
            endDate: true,
            offer: { select: { title: true } },
          },
        },
      },
    }),
  ]);

  const items = new Map<string, InboxItem>();
  for (const membership of memberships) {
    items.set(`membership:${membership.id}`, {
      kind: "membership",
      id: membership.id,
      createdAt: membership.createdAt,
      householdId: membership.member.householdId,
      householdNames: joinNames(membership.member.household),
      person: fullName(membership.member),
      employeeNumber: membership.member.employeeNumber,
      year: membership.year,
      documentType: null,
      relation: null,
      booking: null,
    });
  }
  for (const dependant of dependants) {
    items.set(`dependant:${dependant.id}`, {
      kind: "dependant",
      id: dependant.id,
      createdAt: dependant.createdAt,
      householdId: dependant.householdId,
      householdNames: joinNames(dependant.household),
      person: fullName(dependant),
      employeeNumber: null,
      year: null,
      documentType: null,
      relation: dependant.relation,
      booking: null,
    });
  }
  for (const document of documents) {
    items.set(`document:${document.id}`, {
      kind: "document",
      id: document.id,
      createdAt: document.createdAt,
      householdId: document.householdId,
      householdNames: joinNames(document.household),
      person: fullName(document.dependant) ?? fullName(document.member),
      employeeNumber: null,
      year: document.year,
      documentType: document.type,
      relation: null,
      booking: null,
    });
  }
  for (const booking of bookings) {
    items.set(`booking:${booking.id}`, {
      kind: "booking",
      id: booking.id,
      createdAt: booking.createdAt,
      householdId: booking.householdId,
      householdNames: joinNames(booking.household),
      person: fullName(booking.member),
      employeeNumber: booking.member.employeeNumber,
      year: null,
      documentType: null,
      relation: null,
      booking: {
        reference: booking.reference,
        offerTitle: booking.session.offer.title,
        sessionLabel: booking.session.label,
        startDate: booking.session.startDate,
        endDate: booking.session.endDate,
        places: booking.places,
      },
    });
  }
  return refs.flatMap((ref) => items.get(`${ref.kind}:${ref.id}`) ?? []);
}
