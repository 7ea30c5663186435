// Values of the staff forms: blank ones for a new record, and the strings
// that show a stored offer or session (cents as euros, basis points as %).
import { toCalendarDate } from "@/lib/dates";
import type { OfferKind } from "@/lib/generated/prisma/enums";

import { centsToEuroInput } from "./format";
import { toParisDateTimeInput } from "./paris-time";
import { BRACKET_POSITIONS, type OfferInput, type SessionInput } from "./schemas";
import type { StaffOffer } from "./staff-offers";

/** Formats basis points as the percentage a form shows: 7000 as "70", 1250 as "12,5". */
function basisPointsToPercentInput(value: number): string {
  return String(value / 100).replace(".", ",");
}

export function blankOfferValues(kind: OfferKind): OfferInput {
  return {
    kind,
    title: "",
    slug: "",
    description: "",
    organiser: "",
    venue: "",
    placeLabel: "",
    communeCode: "",
    departmentCode: "",
    priceNote: "",
    subsidyKind: "RATE",
    subsidies: BRACKET_POSITIONS.map(() => ""),
    subsidyCap: "",
    instalmentThreshold: "",
    cancellationTiers: [],
    sourceUrls: "",
    sourceNote: "",
  };
}

export function offerFormValues(offer: StaffOffer): OfferInput {
  const byPosition = new Map(offer.subsidies.map((row) => [row.bracketPosition, row.value]));
  return {
    kind: offer.kind,
    title: offer.title,
    slug: offer.slug,
    description: offer.description,
    organiser: offer.organiser,
    venue: offer.venue ?? "",
    placeLabel: offer.placeLabel,
    communeCode: offer.communeCode ?? "",
    departmentCode: offer.departmentCode ?? "",
    priceNote: offer.priceNote ?? "",
    subsidyKind: offer.subsidyKind,
    subsidies: BRACKET_POSITIONS.map((position) => {
      const value = byPosition.get(position);
      if (value === undefined) return "";
      return offer.subsidyKind === "RATE"
        ? basisPointsToPercentInput(value)
        : centsToEuroInput(value);
    }),
    subsidyCap: centsToEuroInput(offer.subsidyCapCents),
    instalmentThreshold: centsToEuroInput(offer.instalmentThresholdCents),
    cancellationTiers: offer.cancellationTiers.map((tier) => ({
      daysBefore: String(tier.daysBefore),
      retainedPercent: String(tier.retainedPercent),
    })),
    sourceUrls: offer.sourceUrls.join("\n"),
    sourceNote: offer.sourceNote ?? "",
  };
}

export function blankSessionValues(): SessionInput {
  return {
    label: "",
    startDate: "",
    endDate: "",
    capacity: "",
    audience: "EVERYONE",
    minAge: "",
    maxAge: "",
    adultPrice: "",
    childPrice: "",
    mode: "FIRST_COME",
    bookingOpensAt: "",
    bookingClosesAt: "",
    cancellationDeadline: "",
  };
}

export function sessionFormValues(session: StaffOffer["sessions"][number]): SessionInput {
  const age = (value: number | null) => (value === null ? "" : String(value));
  return {
    label: session.label ?? "",
    startDate: toCalendarDate(session.startDate),
    endDate: toCalendarDate(session.endDate),
    capacity: String(session.capacity),
    audience: session.audience,
    minAge: age(session.minAge),
    maxAge: age(session.maxAge),
    adultPrice: centsToEuroInput(session.adultPriceCents),
    childPrice: centsToEuroInput(session.childPriceCents),
    mode: session.mode,
    bookingOpensAt: toParisDateTimeInput(session.bookingOpensAt),
    bookingClosesAt: toParisDateTimeInput(session.bookingClosesAt),
    cancellationDeadline: toCalendarDate(session.cancellationDeadline),
  };
}
