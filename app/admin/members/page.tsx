import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { inputClassName } from "@/components/forms/field";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { MEMBER_SEARCH_MIN_LENGTH, searchMembers } from "@/lib/staff/search-members";
import { Pagination } from "../_components/pagination";
import { StatusBadge } from "../_components/status-badge";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MemberSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaffPage("/admin/members");
  const params = await searchParams;
  const t = await getTranslations("admin");
  const query = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const page = Number(params.page) || 1;
  const searched = query.trim().length >= MEMBER_SEARCH_MIN_LENGTH;
  const found = await searchMembers(actor, { query, page });

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{t("members.title")}</h1>
      <form
        method="get"
        action="/admin/members"
        role="search"
        className="space-y-2 rounded-lg bg-white p-4 shadow-sm"
      >
        <label htmlFor="member-search" className="block text-sm font-medium text-slate-800">
          {t("members.search")}
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="member-search"
            name="q"
            type="search"
            defaultValue={query}
            minLength={MEMBER_SEARCH_MIN_LENGTH}
            aria-describedby="member-search-hint"
            className={inputClassName}
          />
          <button
            type="submit"
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {t("members.submit")}
          </button>
        </div>
        <p id="member-search-hint" className="text-xs text-slate-600">
          {t("members.searchHint")}
        </p>
      </form>

      {!searched ? (
        query && <p className="text-slate-700">{t("members.prompt")}</p>
      ) : found.results.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">
          {t("members.empty", { query })}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700" role="status">
            {t("members.results", { count: found.total })}
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
            {found.results.map((result) => (
              <li
                key={result.id}
                className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="font-semibold">
                    {result.lastName.toUpperCase()} {result.firstName}
                  </p>
                  <p className="wrap-anywhere text-sm text-slate-700">
                    {result.employeeNumber} · {result.email} ·{" "}
                    {t("memberSituation", { status: t(`memberStatus.${result.status}`) })}
                  </p>
                  {result.latestMembership && (
                    <p className="text-sm text-slate-700">
                      {t("members.membershipYear", { year: result.latestMembership.year })}{" "}
                      <StatusBadge status={result.latestMembership.status} />
                    </p>
                  )}
                </div>
                <Link
                  href={`/admin/households/${result.householdId}`}
                  className="self-start text-brand-700 underline sm:self-center"
                >
                  {t("members.household")}
                </Link>
              </li>
            ))}
          </ul>
          <Pagination
            path="/admin/members"
            params={{ q: query }}
            page={found.page}
            pageCount={found.pageCount}
          />
        </>
      )}
    </div>
  );
}
