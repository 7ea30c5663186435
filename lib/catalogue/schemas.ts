// Staff forms of the catalogue: offers and sessions. The same schemas check
// the form (react-hook-form) and the server action. Fields are the strings
// the inputs hold; toOfferData and toSessionData convert them into cents,
// basis points and instants. Messages are keys of messages/fr/validation.json.
import { z } from "zod";

import { parseCalendarDate } from "@/lib/dates";
import { BookingMode, OfferKind, SessionAudience, SubsidyKind } from "@/lib/generated/prisma/enums";
import { parseEuroAmountCents } from "@/lib/staff/schemas";

import { parseParisDateTime } from "./paris-time";

/** Bracket positions of the quotient grid that an offer's subsidy covers. */
export const BRACKET_POSITIONS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export const MAX_CANCELLATION_TIERS = 10;
// 100,000 € per participant is far above any real stay and fits in 32 bits.
const MAX_PRICE_CENTS = 10_000_000;
const MAX_CAPACITY = 100_000;
const MAX_AGE = 120;
const MAX_DAYS_BEFORE = 366;

/** Parses a euro amount ("450", "450,50", "1 340 €") into cents, or null when invalid or too large. */
export function parseEurosToCents(value: string): number | null {
  const cents = parseEuroAmountCents(value);
  return cents !== null && cents <= MAX_PRICE_CENTS ? cents : null;
}

/** Parses a percentage from 0 to 100 with up to two decimals ("70", "12,5") into basis points. */
export function parsePercentToBasisPoints(value: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(value.trim().replace(/\s*%$/, ""));
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return basisPoints <= 10_000 ? basisPoints : null;
}

/** Parses a whole number from `min` to `max`, or returns null. */
export function parseWholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d{1,7}$/.test(value.trim())) return null;
  const number = Number(value.trim());
  return number >= min && number <= max ? number : null;
}

const text = (max: number) => z.string({ error: "required" }).trim().max(max, "too_long");
const requiredText = (max: number) => text(max).min(1, "required");

const tierSchema = z.object({ daysBefore: z.string().trim(), retainedPercent: z.string().trim() });

export const offerSchema = z
  .object({
    kind: z.enum(OfferKind, { error: "choice" }),
    title: requiredText(200),
    slug: z
      .string({ error: "required" })
      .trim()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug")
      .max(100, "too_long"),
    description: requiredText(5000),
    organiser: requiredText(200),
    venue: text(200),
    placeLabel: requiredText(200),
    communeCode: z
      .string()
      .trim()
      .regex(/^$|^(\d{5}|2[AB]\d{3})$/, "commune_code"),
    departmentCode: z
      .string()
      .trim()
      .regex(/^$|^(\d{2,3}|2[AB])$/, "department_code"),
    priceNote: text(2000),
    subsidyKind: z.enum(SubsidyKind, { error: "choice" }),
    /** One value per bracket position, "" for no subsidy: a percentage or euros by subsidyKind. */
    subsidies: z.array(z.string().trim()).length(BRACKET_POSITIONS.length),
    subsidyCap: z.string().trim(),
    /** Member share in euros from which instalments are offered, "" for never. */
    instalmentThreshold: z.string().trim(),
    cancellationTiers: z.array(tierSchema).max(MAX_CANCELLATION_TIERS, "too_many"),
    /** Source URLs, one per line, shown to staff only. */
    sourceUrls: text(5000),
    sourceNote: text(2000),
  })
  .superRefine((value, context) => {
    value.subsidies.forEach((subsidy, index) => {
      if (subsidy === "") return;
      const valid =
        value.subsidyKind === "RATE"
          ? parsePercentToBasisPoints(subsidy) !== null
          : parseEurosToCents(subsidy) !== null;
      if (!valid) {
        const message = value.subsidyKind === "RATE" ? "percent" : "euro_amount";
        context.addIssue({ code: "custom", path: ["subsidies", index], message });
      }
    });
    if (value.subsidyCap !== "" && parseEurosToCents(value.subsidyCap) === null) {
      context.addIssue({ code: "custom", path: ["subsidyCap"], message: "euro_amount" });
    }
    if (value.instalmentThreshold !== "" && parseEurosToCents(value.instalmentThreshold) === null) {
      context.addIssue({ code: "custom", path: ["instalmentThreshold"], message: "euro_amount" });
    }
    const seenDays = new Set<number>();
    value.cancellationTiers.forEach((tier, index) => {
      const days = parseWholeNumber(tier.daysBefore, 0, MAX_DAYS_BEFORE);
      if (days === null) {
        context.addIssue({
          code: "custom",
          path: ["cancellationTiers", index, "daysBefore"],
          message: "days_before",
        });
      } else if (seenDays.has(days)) {
        context.addIssue({
          code: "custom",
          path: ["cancellationTiers", index, "daysBefore"],
          message: "duplicate_days",
        });
      }
      if (days !== null) seenDays.add(days);
      if (parseWholeNumber(tier.retainedPercent, 0, 100) === null) {
        context.addIssue({
          code: "custom",
          path: ["cancellationTiers", index, "retainedPercent"],
          message: "whole_percent",
        });
      }
    });
    for (const line of sourceLines(value.sourceUrls)) {
      if (!/^https?:\/\/\S+/.test(line) && !/^github:\S+/.test(line)) {
        context.addIssue({ code: "custom", path: ["sourceUrls"], message: "source_url" });
        break;
      }
    }
  });

export type OfferInput = z.infer<typeof offerSchema>;

function sourceLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const nullable = (value: string) => (value === "" ? null : value);

/** Converts a checked offer form into database values: cents, basis points, and lists. */
export function toOfferData(input: OfferInput) {
  const subsidies = input.subsidies.flatMap((value, index) => {
    if (value === "") return [];
    const parsed =
      input.subsidyKind === "RATE" ? parsePercentToBasisPoints(value) : parseEurosToCents(value);
    return parsed === null ? [] : [{ bracketPosition: BRACKET_POSITIONS[index], value: parsed }];
  });
  return {
    offer: {
      kind: input.kind,
      title: input.title,
      slug: input.slug,
      description: input.description,
      organiser: input.organiser,
      venue: nullable(input.venue),
      placeLabel: input.placeLabel,
      communeCode: nullable(input.communeCode),
      departmentCode: nullable(input.departmentCode),
      priceNote: nullable(input.priceNote),
      subsidyKind: input.subsidyKind,
      subsidyCapCents: input.subsidyCap === "" ? null : parseEurosToCents(input.subsidyCap),
      instalmentThresholdCents:
        input.instalmentThreshold === "" ? null : parseEurosToCents(input.instalmentThreshold),
      sourceUrls: sourceLines(input.sourceUrls),
      sourceNote: nullable(input.sourceNote),
    },
    subsidies,
    cancellationTiers: input.cancellationTiers
      .map((tier) => ({
        daysBefore: Number(tier.daysBefore),
        retainedPercent: Number(tier.retainedPercent),
      }))
      .sort((a, b) => b.daysBefore - a.daysBefore),
  };
}

export type OfferData = ReturnType<typeof toOfferData>;

export const sessionSchema = z
  .object({
    label: text(200),
    startDate: z.string({ error: "required" }).trim(),
    endDate: z.string({ error: "required" }).trim(),
    capacity: z.string({ error: "required" }).trim(),
    audience: z.enum(SessionAudience, { error: "choice" }),
    minAge: z.string().trim(),
    maxAge: z.string().trim(),
    /** Public prices in euros; "" means that category cannot take part. */
    adultPrice: z.string().trim(),
    childPrice: z.string().trim(),
    mode: z.enum(BookingMode, { error: "choice" }),
    /** Paris wall-clock "YYYY-MM-DDTHH:mm", as a datetime-local input sends it. */
    bookingOpensAt: z.string({ error: "required" }).trim(),
    bookingClosesAt: z.string({ error: "required" }).trim(),
    cancellationDeadline: z.string({ error: "required" }).trim(),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: "custom", path: [path], message });
    const dates = {
      startDate: calendarDateIssue(value.startDate, issue, "startDate"),
      endDate: calendarDateIssue(value.endDate, issue, "endDate"),
      cancellationDeadline: calendarDateIssue(
        value.cancellationDeadline,
        issue,
        "cancellationDeadline",
      ),
    };
    if (dates.startDate && dates.endDate && value.endDate < value.startDate) {
      issue("endDate", "end_before_start");
    }
    if (
      dates.startDate &&
      dates.cancellationDeadline &&
      value.cancellationDeadline > value.startDate
    ) {
      issue("cancellationDeadline", "deadline_after_start");
    }
    if (parseWholeNumber(value.capacity, 0, MAX_CAPACITY) === null) issue("capacity", "capacity");

    const minAge = value.minAge === "" ? null : parseWholeNumber(value.minAge, 0, MAX_AGE);
    const maxAge = value.maxAge === "" ? null : parseWholeNumber(value.maxAge, 0, MAX_AGE);
    if (value.minAge !== "" && minAge === null) issue("minAge", "age");
    if (value.maxAge !== "" && maxAge === null) issue("maxAge", "age");
    if (minAge !== null && maxAge !== null && maxAge < minAge) issue("maxAge", "age_order");

    for (const field of ["adultPrice", "childPrice"] as const) {
      if (value[field] !== "" && parseEurosToCents(value[field]) === null) {
        issue(field, "euro_amount");
      }
    }
    if (value.adultPrice === "" && value.childPrice === "") issue("adultPrice", "price_required");

    const opens = parseParisDateTime(value.bookingOpensAt);
    const closes = parseParisDateTime(value.bookingClosesAt);
    if (!opens) issue("bookingOpensAt", "date_time");
    if (!closes) issue("bookingClosesAt", "date_time");
    if (opens && closes && closes <= opens) issue("bookingClosesAt", "window_order");
  });

export type SessionInput = z.infer<typeof sessionSchema>;

function calendarDateIssue(
  value: string,
  issue: (path: string, message: string) => void,
  path: string,
): boolean {
  if (value === "") {
    issue(path, "required");
    return false;
  }
  if (!parseCalendarDate(value)) {
    issue(path, "date_invalid");
    return false;
  }
  return true;
}

/** Converts a checked session form into database values. Call it only after sessionSchema passed. */
export function toSessionData(input: SessionInput) {
  const price = (value: string) => (value === "" ? null : parseEurosToCents(value));
  const age = (value: string) => (value === "" ? null : Number(value));
  return {
    label: nullable(input.label),
    startDate: parseCalendarDate(input.startDate)!,
    endDate: parseCalendarDate(input.endDate)!,
    capacity: Number(input.capacity),
    audience: input.audience,
    minAge: age(input.minAge),
    maxAge: age(input.maxAge),
    adultPriceCents: price(input.adultPrice),
    childPriceCents: price(input.childPrice),
    mode: input.mode,
    bookingOpensAt: parseParisDateTime(input.bookingOpensAt)!,
    bookingClosesAt: parseParisDateTime(input.bookingClosesAt)!,
    cancellationDeadline: parseCalendarDate(input.cancellationDeadline)!,
  };
}

export type SessionData = ReturnType<typeof toSessionData>;

export const offerStatusSchema = z.object({
  status: z.enum(["PUBLISHED", "ARCHIVED", "DRAFT"], { error: "choice" }),
});
