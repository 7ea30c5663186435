import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { inputClassName } from "@/components/forms/field";
import { listOffersForStaff } from "@/lib/catalogue/staff-offers";
import { db } from "@/lib/db";
import { OfferKind, OfferStatus } from "@/lib/generated/prisma/enums";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { managedOfferKinds } from "@/lib/staff/sectors";
import { Pagination } from "../_components/pagination";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function pick<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((candidate) => candidate === value);
}

const dateFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "short",
  timeZone: "Europe/Paris",
});

export default async function AdminOffersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaffPage("/admin/offers");
  if (managedOfferKinds(actor).length === 0) notFound();
  const params = await searchParams;
  const t = await getTranslations("adminOffers");
  const filters = {
    kind: pick(Object.values(OfferKind), params.kind),
    status: pick(Object.values(OfferStatus), params.status),
    page: Math.max(1, Math.min(10_000, Number(params.page) || 1)),
  };
  const found = await orNotFound(listOffersForStaff(db, actor, filters));

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("list.title")}</h1>
          <p className="text-sm text-slate-700">{t("list.intro")}</p>
        </div>
        <Link
          href="/admin/offers/new"
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t("list.new")}
        </Link>
      </div>
      <form
        method="get"
        action="/admin/offers"
        className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:flex-row sm:items-end"
      >
        <div className="space-y-1">
          <label htmlFor="offers-kind" className="block text-sm font-medium text-slate-800">
            {t("list.kind")}
          </label>
          <select
            id="offers-kind"
            name="kind"
            defaultValue={filters.kind ?? ""}
            className={inputClassName}
          >
            <option value="">{t("list.anyKind")}</option>
            {found.kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="offers-status" className="block text-sm font-medium text-slate-800">
            {t("list.status")}
          </label>
          <select
            id="offers-status"
            name="status"
            defaultValue={filters.status ?? ""}
            className={inputClassName}
          >
            <option value="">{t("list.anyStatus")}</option>
            {Object.values(OfferStatus).map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
        >
          {t("list.filter")}
        </button>
      </form>
      <p role="status" className="text-sm text-slate-700">
        {t("list.results", { count: found.total })}
      </p>
      {found.offers.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">{t("list.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {found.offers.map((offer) => (
            <li
              key={offer.id}
              className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="min-w-0">
                <p className="font-semibold">
                  <Link href={`/admin/offers/${offer.id}`} className="hover:underline">
                    {offer.title}
                  </Link>
                </p>
                <p className="text-sm text-slate-700">
                  {t(`kind.${offer.kind}`)} · {offer.placeLabel} ·{" "}
                  {t("list.sessions", { count: offer._count.sessions })} ·{" "}
                  {t("list.updated", { date: dateFormat.format(offer.updatedAt) })}
                </p>
              </div>
              <span className="self-start rounded bg-slate-100 px-2 py-1 text-sm font-medium text-slate-800 sm:self-center">
                {t(`status.${offer.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        path="/admin/offers"
        params={{ kind: filters.kind, status: filters.status }}
        page={found.page}
        pageCount={found.pageCount}
      />
    </div>
  );
}
