// Plans the sessions of one demo offer in the coming season: dates, length,
// capacity and public prices, from the facts of data/catalogue.json.
import { addDays, lengthInDays, shiftSessionToYear } from "./catalogue-dates";

export type SourceOffer = {
  id: string;
  kind: "TRIP" | "RENTAL" | "TICKET" | "ACTIVITY";
  season?: string | null;
  age_min?: number | null;
  age_max?: number | null;
  capacity: number | null;
  public_price_cents: number | null;
  price_unit: string | null;
  price_options?: { label: string; price_cents: number }[] | null;
  sessions?: { start: string; end: string; theme?: string }[] | null;
  dates?: { start: string; end: string | null } | null;
  duration_days?: number[] | null;
  accommodation_type?: string | null;
};

export type PlannedSession = {
  label: string | null;
  start: string;
  end: string;
  capacity: number;
  adultPriceCents: number | null;
  childPriceCents: number | null;
};

/** Returns a stable integer in [0, 2^32) for a text, so "plausible" values do not change between runs. */
export function stableHash(text: string): number {
  let hash = 2_166_136_261;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16_777_619) >>> 0;
  }
  return hash;
}

function pickInRange(key: string, min: number, max: number) {
  return min + (stableHash(key) % (max - min + 1));
}

/** Returns the leading number of days of a price option's label ("14 jours (19/07–01/08)" gives 14). */
function optionDays(label: string): number | null {
  const match = /^(\d+)\s*jours?\b/.exec(label);
  return match ? Number(match[1]) : null;
}

function optionMatching(offer: SourceOffer, pattern: RegExp) {
  return offer.price_options?.find((option) => pattern.test(option.label)) ?? null;
}

/** Returns the public price of one child for a trip of `days` days, or null when none was published. */
function tripPrice(offer: SourceOffer, days: number): number | null {
  if (offer.public_price_cents === null) return null;
  if (offer.price_unit === "per_child_per_day") return offer.public_price_cents * days;
  const option = offer.price_options?.find((candidate) => optionDays(candidate.label) === days);
  return option?.price_cents ?? offer.public_price_cents;
}

/** Returns weekly sessions starting on `firstStart` (inclusive), `count` of them, each `days` long. */
function weeklySessions(firstStart: string, count: number, days: number) {
  return Array.from({ length: count }, (_, index) => {
    const start = addDays(firstStart, index * 7);
    return { start, end: addDays(start, days - 1) };
  });
}

/** Returns the first Saturday on or after a calendar date. */
function saturdayOnOrAfter(value: string): string {
  const weekday = new Date(`${value}T00:00:00Z`).getUTCDay();
  return addDays(value, (6 - weekday + 7) % 7);
}

function planTrip(offer: SourceOffer, year: number): PlannedSession[] {
  let dated: { start: string; end: string; label: string | null }[];
  if (offer.sessions?.length) {
    dated = offer.sessions.map((session) => ({
      ...shiftSessionToYear(session, year),
      label: session.theme ?? null,
    }));
  } else if (offer.dates) {
    // A single published date without an end gets the usual one-week stay.
    const end = offer.dates.end ?? addDays(offer.dates.start, (offer.duration_days?.[0] ?? 7) - 1);
    dated = [{ ...shiftSessionToYear({ start: offer.dates.start, end }, year), label: null }];
  } else {
    // No dates published: three Sunday-to-Saturday weeks in July.
    const firstSunday = addDays(saturdayOnOrAfter(`${year}-07-03`), 8);
    dated = weeklySessions(firstSunday, 3, 7).map((session) => ({ ...session, label: null }));
  }
  // Colonies host 24 to 60 children when no capacity was published.
  const capacity = offer.capacity ?? pickInRange(offer.id, 24, 60);
  return dated.map((session) => ({
    ...session,
    capacity,
    adultPriceCents: null,
    childPriceCents: tripPrice(offer, lengthInDays(session.start, session.end)),
  }));
}

/** Returns the number of persons the unit sleeps, from the published capacity or the number of bedrooms. */
function unitPersons(offer: SourceOffer): number {
  if (offer.capacity !== null && offer.capacity <= 12) return offer.capacity;
  const bedrooms = /(\d)\s*chambres?/.exec(offer.accommodation_type ?? "");
  return bedrooms ? Number(bedrooms[1]) * 2 + 2 : 6;
}

function planRental(offer: SourceOffer, year: number): PlannedSession[] {
  const season = offer.season ?? "";
  const low = optionMatching(offer, /basse/i)?.price_cents ?? offer.public_price_cents;
  const high = optionMatching(offer, /haute|été/i)?.price_cents ?? offer.public_price_cents;
  let weeks: { start: string; end: string; price: number | null }[];
  if (offer.dates?.end) {
    const shifted = shiftSessionToYear({ start: offer.dates.start, end: offer.dates.end }, year);
    weeks = [{ ...shifted, price: offer.public_price_cents }];
  } else if (/printemps/i.test(season)) {
    // Saturday-to-Saturday weeks of the spring school holidays of zone C.
    weeks = weeklySessions(`${year}-04-03`, 2, 8).map((week) => ({ ...week, price: low }));
  } else {
    // Summer weeks at the high-season price, plus June weeks at the low one
    // when a low-season price was published.
    const july = weeklySessions(saturdayOnOrAfter(`${year}-07-03`), 4, 8);
    weeks = july.map((week) => ({ ...week, price: high }));
    if (optionMatching(offer, /basse/i)) {
      const june = weeklySessions(saturdayOnOrAfter(`${year}-06-05`), 2, 8);
      weeks = [...june.map((week) => ({ ...week, price: low })), ...weeks];
    }
  }
  // A rental is booked as one unit per week: capacity 1, and the member is
  // the single participant, charged the unit price as one adult place.
  // Counting the unit's persons as places would let two families share one
  // mobil-home, so the persons it sleeps go in the label instead.
  const label = `1 hébergement pour ${unitPersons(offer)} personnes`;
  return weeks.map((week) => ({
    label,
    start: week.start,
    end: week.end,
    capacity: 1,
    adultPriceCents: week.price,
    childPriceCents: null,
  }));
}

/** Returns the adult and child prices of a ticket or an activity, from its price options when they name them. */
function admissionPrices(offer: SourceOffer): { adult: number | null; child: number | null } {
  const base = offer.public_price_cents;
  if (base === null) return { adult: null, child: null };
  // Subscriptions are published per month and sold for twelve months.
  const months = offer.price_unit === "per_month" ? 12 : 1;
  const child =
    optionMatching(offer, /enfant/i)?.price_cents ??
    optionMatching(offer, /^tarif réduit|réduit$/i)?.price_cents ??
    base;
  return { adult: base * months, child: child * months };
}

function planAdmission(offer: SourceOffer, year: number): PlannedSession[] {
  const prices = admissionPrices(offer);
  return [
    {
      label: `Valable en ${year}`,
      start: `${year}-01-01`,
      end: `${year}-12-31`,
      // The association buys a stock of 200 to 500 tickets for the year.
      capacity: pickInRange(`${offer.id}:stock`, 20, 50) * 10,
      adultPriceCents: prices.adult,
      childPriceCents: prices.child,
    },
  ];
}

/** Plans the sessions of an offer in the season of `year`. */
export function planSessions(offer: SourceOffer, year: number): PlannedSession[] {
  switch (offer.kind) {
    case "TRIP":
      return planTrip(offer, year);
    case "RENTAL":
      return planRental(offer, year);
    default:
      return planAdmission(offer, year);
  }
}
