// Builds the demo catalogue from the real offers of data/catalogue.json.
// Their dates come from past seasons, so each session moves to the coming
// season. Capacities, subsidies and booking rules are plausible values
// chosen here, and the sources stay visible to staff.
import { createHash } from "node:crypto";

import catalogueFile from "@/data/catalogue.json";
import { parseCalendarDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BookingMode, OfferKind, SessionAudience } from "@/lib/generated/prisma/enums";

import { addDays, parisInstant } from "./catalogue-dates";
import { planSessions, type PlannedSession, type SourceOffer } from "./catalogue-sessions";

type CatalogueRecord = SourceOffer & {
  title: string;
  organiser: string;
  venue: string;
  place: { commune: string | null; code_insee: string | null; departement: string; lieu?: string };
  price_year: number | null;
  price_note?: string | null;
  source: string;
  sources?: string[] | null;
  source_via?: string | null;
};

export type CatalogueRows = {
  offers: Prisma.OfferCreateManyInput[];
  subsidies: Prisma.OfferSubsidyCreateManyInput[];
  cancellationTiers: Prisma.CancellationTierCreateManyInput[];
  sessions: Prisma.OfferSessionCreateManyInput[];
};

/** Subsidy per bracket position 1 to 8 (basis points for RATE, cents for AMOUNT) and cap per participant. */
const SUBSIDY_RULES: Record<
  OfferKind,
  { kind: "RATE" | "AMOUNT"; values: number[]; capCents: number | null }
> = {
  TRIP: {
    kind: "RATE",
    values: [7000, 6000, 5000, 4500, 3500, 2500, 1500, 1000],
    capCents: 40_000,
  },
  RENTAL: {
    kind: "RATE",
    values: [5000, 4500, 4000, 3500, 3000, 2000, 1500, 1000],
    capCents: 25_000,
  },
  ACTIVITY: {
    kind: "RATE",
    values: [5000, 4500, 4000, 3500, 3000, 2500, 2000, 1500],
    capCents: 5_000,
  },
  TICKET: { kind: "AMOUNT", values: [600, 500, 450, 400, 300, 250, 200, 150], capCents: null },
};

/**
 * Member share from which a booking may be paid in instalments: stays and
 * rentals, whose shares run to hundreds of euros. Tickets and activities
 * are paid at once.
 */
const INSTALMENT_THRESHOLDS: Record<OfferKind, number | null> = {
  TRIP: 30_000,
  RENTAL: 30_000,
  ACTIVITY: null,
  TICKET: null,
};

/** Cancellation scales: `daysBefore` days or fewer before the first day keep `retainedPercent`. */
const CANCELLATION_SCALES: Record<OfferKind, { daysBefore: number; retainedPercent: number }[]> = {
  TRIP: [
    { daysBefore: 59, retainedPercent: 25 },
    { daysBefore: 29, retainedPercent: 50 },
    { daysBefore: 7, retainedPercent: 100 },
  ],
  RENTAL: [
    { daysBefore: 59, retainedPercent: 25 },
    { daysBefore: 29, retainedPercent: 50 },
    { daysBefore: 7, retainedPercent: 100 },
  ],
  ACTIVITY: [{ daysBefore: 7, retainedPercent: 100 }],
  TICKET: [{ daysBefore: 7, retainedPercent: 100 }],
};

// Colonies take children, and a rental is booked by the member alone (see
// planRental); tickets and activities are open to everyone.
const AUDIENCES: Record<OfferKind, SessionAudience> = {
  TRIP: "CHILDREN",
  RENTAL: "ADULTS",
  TICKET: "EVERYONE",
  ACTIVITY: "EVERYONE",
};

// Staff approve these families by hand, and one popular colonie collects
// requests during a campaign; every other offer is first come, first served.
const PRE_REGISTRATION_PREFIXES = ["trip-amitie-cevenole-", "trip-familles-rurales-"];
const CAMPAIGN_OFFER = "trip-ufoval74-splash-aventures-2026";
// Summer rentals open in January, so the catalogue shows a window not open yet.
const LATER_OPENING_PREFIXES = ["rental-la-batisse-"];

function bookingMode(offerId: string): BookingMode {
  if (offerId === CAMPAIGN_OFFER) return "CAMPAIGN";
  if (PRE_REGISTRATION_PREFIXES.some((prefix) => offerId.startsWith(prefix))) {
    return "PRE_REGISTRATION";
  }
  return "FIRST_COME";
}

/** Returns a cuid-shaped id derived from `key`, so the same catalogue always gets the same ids. */
function stableId(key: string) {
  return `c${createHash("sha256").update(key).digest("hex").slice(0, 24)}`;
}

function calendarDate(value: string): Date {
  const date = parseCalendarDate(value);
  if (!date) throw new Error(`Invalid calendar date in the demo catalogue: ${value}`);
  return date;
}

/** Returns the booking window, cancellation deadline and mode of a session in the season of `year`. */
function sessionRules(offer: CatalogueRecord, session: PlannedSession, year: number) {
  const mode = bookingMode(offer.id);
  const dated = offer.kind === "TRIP" || offer.kind === "RENTAL";
  const laterOpening = LATER_OPENING_PREFIXES.some((prefix) => offer.id.startsWith(prefix));

  // Bookings open in mid-November for the coming season. Dated stays close
  // two weeks before they start, tickets in mid-December.
  let opensOn = `${year - 1}-11-16`;
  let closesOn = dated ? addDays(session.start, -15) : `${year}-12-15`;
  if (laterOpening) opensOn = `${year}-01-11`;
  if (mode === "CAMPAIGN") {
    opensOn = `${year - 1}-11-23`;
    closesOn = `${year}-01-31`;
  }
  return {
    mode,
    bookingOpensAt: parisInstant(opensOn, 9),
    bookingClosesAt: parisInstant(closesOn, 23, 59),
    cancellationDeadline: calendarDate(dated ? addDays(session.start, -8) : session.start),
  };
}

function describe(offer: CatalogueRecord, place: string): string {
  const ages =
    offer.age_min != null && offer.age_max != null
      ? ` pour les ${offer.age_min}-${offer.age_max} ans`
      : "";
  switch (offer.kind) {
    case "TRIP":
      return `Séjour de vacances${ages} à ${place}, organisé par ${offer.organiser}.`;
    case "RENTAL":
      return `Location à la semaine à ${place} : ${offer.accommodation_type ?? "hébergement"}.`;
    case "TICKET":
      return `Billetterie à tarif négocié : ${offer.title.toLowerCase()}, à ${place}.`;
    case "ACTIVITY":
      return `Activité de loisirs à ${place}, proposée par ${offer.organiser}.`;
  }
}

/** Writes the staff-only note: how the facts were read, the price's year, and what staff must complete. */
function sourceNote(offer: CatalogueRecord, priced: boolean, year: number): string {
  const lines = [`Dates déplacées vers la saison ${year} (même jour de la semaine, même durée).`];
  if (offer.price_year) lines.push(`Prix relevé en ${offer.price_year}.`);
  if (!priced) {
    lines.push("Prix non publié par l'organisateur : le compléter avant de publier l'offre.");
  }
  if (offer.price_note && isResearchNote(offer.price_note)) {
    lines.push(`Note de relevé : ${offer.price_note}`);
  }
  if (offer.source_via) lines.push(`Lu via : ${offer.source_via}`);
  return lines.join("\n");
}

// Notes that describe how a fact was found (a blog, an excerpt, a customer's
// account, a missing price) are for staff. The others describe the offer
// (what the price includes, the rooms) and are shown to members.
const RESEARCH_NOTE =
  /extrait|relev|témoignage|selon un|blog|non trouvé|dernière année publiée|déduit|non daté|grille lancée|seule grille|exemple réel|chiffre \d{4}|magazine|la commune prend|semaine du \d/i;

function isResearchNote(note: string | null | undefined): boolean {
  return Boolean(note && RESEARCH_NOTE.test(note));
}

/**
 * Returns the rows of the demo catalogue with every session in the season of
 * `year`. An offer without a published price stays a DRAFT, so staff
 * complete its prices before publishing it. The same year gives the same rows.
 */
export function buildDemoCatalogue(year: number): CatalogueRows {
  const rows: CatalogueRows = { offers: [], subsidies: [], cancellationTiers: [], sessions: [] };
  for (const offer of catalogueFile.offers as CatalogueRecord[]) {
    const offerId = stableId(`offer:${offer.id}`);
    const planned = planSessions(offer, year);
    const priced = planned.every(
      (session) => session.adultPriceCents !== null || session.childPriceCents !== null,
    );
    const place =
      offer.place.commune ?? offer.place.lieu ?? `département ${offer.place.departement}`;
    const rule = SUBSIDY_RULES[offer.kind];

    rows.offers.push({
      id: offerId,
      slug: offer.id.replace(/-\d{4}$/, ""),
      kind: offer.kind,
      status: priced ? "PUBLISHED" : "DRAFT",
      title: offer.title,
      description: describe(offer, place),
      organiser: offer.organiser,
      venue: offer.venue,
      placeLabel: place,
      communeCode: offer.place.code_insee,
      departmentCode: offer.place.departement,
      priceNote: isResearchNote(offer.price_note) ? null : (offer.price_note ?? null),
      subsidyKind: rule.kind,
      subsidyCapCents: rule.capCents,
      instalmentThresholdCents: INSTALMENT_THRESHOLDS[offer.kind],
      sourceUrls: [...new Set([offer.source, ...(offer.sources ?? [])])],
      sourceNote: sourceNote(offer, priced, year),
    });
    rule.values.forEach((value, index) => {
      rows.subsidies.push({ offerId, bracketPosition: index + 1, value });
    });
    for (const tier of CANCELLATION_SCALES[offer.kind]) {
      rows.cancellationTiers.push({ offerId, ...tier });
    }
    planned.forEach((session, index) => {
      rows.sessions.push({
        id: stableId(`session:${offer.id}:${index}`),
        offerId,
        label: session.label,
        startDate: calendarDate(session.start),
        endDate: calendarDate(session.end),
        capacity: session.capacity,
        audience: AUDIENCES[offer.kind],
        minAge: offer.age_min ?? null,
        maxAge: offer.age_max ?? null,
        adultPriceCents: session.adultPriceCents,
        childPriceCents: session.childPriceCents,
        ...sessionRules(offer, session, year),
      });
    });
  }
  return rows;
}
