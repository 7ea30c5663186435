import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { CataloguePagination } from "@/components/catalogue/catalogue-pagination";
import { CatalogueFiltersForm } from "@/components/catalogue/catalogue-filters";
import { OfferCard } from "@/components/catalogue/offer-card";
import { filtersToParams, parseCatalogueFilters } from "@/lib/catalogue/filters";
import { searchCatalogue } from "@/lib/catalogue/public-queries";
import { todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";

// Places change with every booking: the list is read from the database per request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CataloguePage({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("catalogue");
  const filters = parseCatalogueFilters(await searchParams);
  const result = await searchCatalogue(db, filters, todayInParis());
  // A page past the end (an old link, a hand-typed number) goes to the last page.
  if (filters.page > result.pageCount) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filtersToParams(filters))) {
      if (value !== undefined) params.set(key, value);
    }
    if (result.pageCount > 1) params.set("page", String(result.pageCount));
    redirect(params.size > 0 ? `/catalogue?${params}` : "/catalogue");
  }

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="max-w-2xl text-slate-700">{t("intro")}</p>
      </div>
      <CatalogueFiltersForm filters={filters} />
      <p role="status" className="text-sm text-slate-700">
        {t("results", { count: result.total })}
      </p>
      {result.cards.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.cards.map((card) => (
            <li key={card.id}>
              <OfferCard card={card} />
            </li>
          ))}
        </ul>
      )}
      <CataloguePagination
        params={filtersToParams(filters)}
        page={result.page}
        pageCount={result.pageCount}
      />
    </div>
  );
}
