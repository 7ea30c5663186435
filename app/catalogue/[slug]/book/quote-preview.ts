import type { quoteBooking } from "@/lib/booking/quote-booking";
import type { ParticipantCategory } from "@/lib/generated/prisma/enums";

type Quote = Awaited<ReturnType<typeof quoteBooking>>;

/** The part of a quote that the booking form receives: plain values, without staff notes. */
export type QuotePreview = {
  bracket: { label: string; isDefault: boolean };
  /** Year of the session's first day, whose bracket prices the booking. */
  year: number;
  lines: {
    personId: string;
    firstName: string;
    lastName: string;
    category: ParticipantCategory;
    ageOnStart: number;
    publicPriceCents: number;
    subsidyCents: number;
    memberShareCents: number;
    refusals: string[];
  }[];
  totals: { publicPriceCents: number; subsidyCents: number; memberShareCents: number };
  outcome: Quote["outcome"];
  placesLeft: number;
  /** The session's capacity: a choice of more people can never be confirmed. */
  capacity: number;
};

export function toQuotePreview(quote: Quote): QuotePreview {
  return {
    bracket: { label: quote.bracket.label, isDefault: quote.bracket.isDefault },
    year: quote.session.startDate.getUTCFullYear(),
    lines: quote.lines.map((line) => ({
      personId: line.personId,
      firstName: line.firstName,
      lastName: line.lastName,
      category: line.category,
      ageOnStart: line.ageOnStart,
      publicPriceCents: line.publicPriceCents,
      subsidyCents: line.subsidyCents,
      memberShareCents: line.memberShareCents,
      refusals: line.refusals.map((refusal) => refusal.message),
    })),
    totals: quote.totals,
    outcome: quote.outcome,
    placesLeft: quote.placesLeft,
    capacity: quote.session.capacity,
  };
}
