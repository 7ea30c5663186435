"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

import { previewBooking } from "@/app/catalogue/[slug]/book/actions";
import type { QuotePreview } from "@/app/catalogue/[slug]/book/quote-preview";

export type QuotePreviewState = {
  quote: QuotePreview | null;
  loading: boolean;
  error: string | null;
  /** Refusals the quote found for selected people, by person id. */
  refusalsByPerson: Record<string, string[]>;
};

/**
 * Prices a choice of participants on the server. Call `request` each time
 * the choice changes. Only the response to the latest request is kept: an
 * earlier one that returns late is dropped, so the price shown always
 * matches the boxes ticked.
 */
export function useQuotePreview(sessionId: string) {
  const tErrors = useTranslations("errors");
  const latestRequest = useRef(0);
  const [state, setState] = useState<Omit<QuotePreviewState, "refusalsByPerson">>({
    quote: null,
    loading: false,
    error: null,
  });

  async function request(participantIds: string[]) {
    const requestNumber = ++latestRequest.current;
    if (participantIds.length === 0) {
      setState({ quote: null, loading: false, error: null });
      return;
    }
    setState((previous) => ({ ...previous, loading: true, error: null }));
    try {
      const result = await previewBooking({ sessionId, participantIds });
      if (requestNumber !== latestRequest.current) return;
      if (result.ok) setState({ quote: result.data, loading: false, error: null });
      else setState({ quote: null, loading: false, error: result.message });
    } catch {
      if (requestNumber !== latestRequest.current) return;
      setState({ quote: null, loading: false, error: tErrors("unexpected") });
    }
  }

  const refusalsByPerson: Record<string, string[]> = {};
  for (const line of state.quote?.lines ?? []) {
    if (line.refusals.length > 0) refusalsByPerson[line.personId] = line.refusals;
  }
  const preview: QuotePreviewState = { ...state, refusalsByPerson };
  return { preview, request };
}
