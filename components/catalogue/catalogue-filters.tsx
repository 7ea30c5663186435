import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { inputClassName } from "@/components/forms/field";
import { OFFER_KINDS, type CatalogueFilters } from "@/lib/catalogue/filters";
import { schoolHolidayPeriods } from "@/lib/catalogue/holidays";

const labelClass = "block text-sm font-medium text-slate-800";

/** Renders the catalogue's filters as a GET form, so they work without JavaScript and stay in the URL. */
export async function CatalogueFiltersForm({ filters }: { filters: CatalogueFilters }) {
  const t = await getTranslations("catalogue");
  const maxPrice =
    filters.maxPriceCents === undefined
      ? ""
      : String(filters.maxPriceCents / 100).replace(".", ",");

  return (
    <form
      method="get"
      action="/catalogue"
      role="search"
      aria-label={t("filters.legend")}
      className="grid gap-4 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className="space-y-1">
        <label htmlFor="filter-kind" className={labelClass}>
          {t("filters.kind")}
        </label>
        <select
          id="filter-kind"
          name="kind"
          defaultValue={filters.kind ?? ""}
          className={inputClassName}
        >
          <option value="">{t("filters.anyKind")}</option>
          {OFFER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-holiday" className={labelClass}>
          {t("filters.holiday")}
        </label>
        <select
          id="filter-holiday"
          name="holiday"
          defaultValue={filters.holiday ?? ""}
          className={inputClassName}
        >
          <option value="">{t("filters.anyHoliday")}</option>
          {schoolHolidayPeriods().map((period) => (
            <option key={period.id} value={period.id}>
              {period.name}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-from" className={labelClass}>
          {t("filters.from")}
        </label>
        <input
          id="filter-from"
          name="from"
          type="date"
          defaultValue={filters.from ?? ""}
          className={inputClassName}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-to" className={labelClass}>
          {t("filters.to")}
        </label>
        <input
          id="filter-to"
          name="to"
          type="date"
          defaultValue={filters.to ?? ""}
          className={inputClassName}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-age" className={labelClass}>
          {t("filters.age")}
        </label>
        <input
          id="filter-age"
          name="age"
          type="number"
          min={0}
          max={120}
          inputMode="numeric"
          defaultValue={filters.age ?? ""}
          aria-describedby="filter-age-hint"
          className={inputClassName}
        />
        <p id="filter-age-hint" className="text-xs text-slate-600">
          {t("filters.ageHint")}
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-price" className={labelClass}>
          {t("filters.maxPrice")}
        </label>
        <input
          id="filter-price"
          name="maxPrice"
          type="text"
          inputMode="decimal"
          defaultValue={maxPrice}
          aria-describedby="filter-price-hint"
          className={inputClassName}
        />
        <p id="filter-price-hint" className="text-xs text-slate-600">
          {t("filters.maxPriceHint")}
        </p>
      </div>
      <div className="flex items-center gap-2 sm:col-span-2 lg:self-center">
        <input
          id="filter-available"
          name="available"
          type="checkbox"
          value="1"
          defaultChecked={filters.available}
          className="size-5"
        />
        <label htmlFor="filter-available" className="text-sm font-medium text-slate-800">
          {t("filters.available")}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button
          type="submit"
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t("filters.submit")}
        </button>
        <Link href="/catalogue" className="text-brand-700 underline">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
