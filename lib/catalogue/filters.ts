// Filters of the public catalogue, read from the URL of its GET form. A
// value that does not parse is dropped, so a hand-edited URL still shows
// the catalogue.
import { parseCalendarDate } from "@/lib/dates";
import { OfferKind } from "@/lib/generated/prisma/enums";
import { parseEuroAmountCents } from "@/lib/staff/schemas";

import { findHolidayPeriod } from "./holidays";

export const CATALOGUE_PAGE_SIZE = 12;
export const OFFER_KINDS = Object.values(OfferKind) as OfferKind[];
const MAX_AGE = 120;
const MAX_PAGE = 10_000;

export type CatalogueFilters = {
  kind?: OfferKind;
  /** Sessions that end on or after this calendar date "YYYY-MM-DD". */
  from?: string;
  /** Sessions that start on or before this calendar date. */
  to?: string;
  /** Id of a school holiday period that the session overlaps. */
  holiday?: string;
  /** A child's age that must be within the session's age range. */
  age?: number;
  /** Maximum public price per participant, in cents. */
  maxPriceCents?: number;
  /** Only sessions with at least one free place. */
  available: boolean;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

function single(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() ? text.trim() : undefined;
}

function wholeNumber(text: string | undefined, min: number, max: number) {
  if (!text || !/^\d{1,6}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

function calendarDate(text: string | undefined) {
  return text && parseCalendarDate(text) ? text : undefined;
}

/** Parses the catalogue's query string into filters, dropping invalid values. */
export function parseCatalogueFilters(params: SearchParams): CatalogueFilters {
  const kind = single(params, "kind");
  const holiday = single(params, "holiday");
  const price = single(params, "maxPrice");
  const maxPriceCents = price ? parseEuroAmountCents(price) : null;
  // Dates typed in the wrong order are read as the range the visitor meant.
  const [from, to] = [calendarDate(single(params, "from")), calendarDate(single(params, "to"))];
  const swap = from !== undefined && to !== undefined && from > to;
  return {
    kind: OFFER_KINDS.find((candidate) => candidate === kind),
    from: swap ? to : from,
    to: swap ? from : to,
    holiday: holiday && findHolidayPeriod(holiday) ? holiday : undefined,
    age: wholeNumber(single(params, "age"), 0, MAX_AGE),
    maxPriceCents: maxPriceCents ?? undefined,
    available: single(params, "available") === "1",
    page: wholeNumber(single(params, "page"), 1, MAX_PAGE) ?? 1,
  };
}

/** Returns the filters as query parameters, as the form sends them (for paging links). */
export function filtersToParams(filters: CatalogueFilters): Record<string, string | undefined> {
  return {
    kind: filters.kind,
    from: filters.from,
    to: filters.to,
    holiday: filters.holiday,
    age: filters.age === undefined ? undefined : String(filters.age),
    maxPrice:
      filters.maxPriceCents === undefined
        ? undefined
        : String(filters.maxPriceCents / 100).replace(".", ","),
    available: filters.available ? "1" : undefined,
  };
}
