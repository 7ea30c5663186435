"use client";

import { useTranslations } from "next-intl";

import { PriceSplitTable } from "@/components/booking/price-split-table";
import type { QuotePreviewState } from "@/components/booking/use-quote-preview";

/**
 * Shows the price split of the selected participants, the bracket it comes
 * from and what sending the booking will do. The region is announced
 * politely when the price changes.
 */
export function QuoteSummary({ preview }: { preview: QuotePreviewState }) {
  const t = useTranslations("booking");
  const { quote, loading, error } = preview;

  return (
    <section aria-labelledby="price-title" className="space-y-3">
      <h2 id="price-title" className="text-lg font-semibold">
        {t("book.priceTitle")}
      </h2>
      <div aria-live="polite" aria-busy={loading} className="space-y-3">
        {loading && <p className="text-sm text-slate-600">{t("book.pricePending")}</p>}
        {!loading && error && <p className="text-sm font-medium text-red-700">{error}</p>}
        {!loading && !error && !quote && (
          <p className="text-sm text-slate-700">{t("book.priceEmpty")}</p>
        )}
        {/* The previous price stays, dimmed, while the new one is computed. */}
        {quote && (
          <div className={`space-y-3 ${loading ? "opacity-50" : ""}`}>
            <PriceSplitTable
              lines={quote.lines.map((line) => ({
                key: line.personId,
                name: `${line.firstName} ${line.lastName}`,
                detail: `${t(`category.${line.category}`)}, ${t("book.age", { age: line.ageOnStart })}`,
                publicPriceCents: line.publicPriceCents,
                subsidyCents: line.subsidyCents,
                memberShareCents: line.memberShareCents,
              }))}
              totals={quote.totals}
            />
            <p className="text-sm text-slate-700">
              {quote.bracket.isDefault
                ? t("money.defaultBracket", { label: quote.bracket.label, year: quote.year })
                : t("money.bracket", { label: quote.bracket.label })}
            </p>
            <div className="rounded border border-brand-100 bg-brand-50 p-3">
              <h3 className="text-sm font-semibold">{t("book.outcomeTitle")}</h3>
              <p className="text-sm">
                {quote.lines.some((line) => line.refusals.length > 0)
                  ? t("book.outcomeRefused")
                  : quote.lines.length > quote.capacity
                    ? t("book.outcomeTooMany", { capacity: quote.capacity })
                    : t(`book.outcome.${quote.outcome}`)}
              </p>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
