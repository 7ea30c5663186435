import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Previous and next links that keep the page's other query parameters.
 * Without `pageCount`, `hasNextPage` decides whether a next page exists.
 */
export async function Pagination({
  path,
  params,
  page,
  pageCount,
  hasNextPage,
  pageParam = "page",
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount?: number;
  hasNextPage?: boolean;
  pageParam?: string;
}) {
  const t = await getTranslations("admin.paging");
  const hasNext = pageCount !== undefined ? page < pageCount : Boolean(hasNextPage);
  if (page <= 1 && !hasNext) return null;

  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set(pageParam, String(target));
    else query.delete(pageParam);
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  };
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-2 hover:bg-slate-100";

  return (
    <nav
      aria-label={t("label")}
      className="flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      {page > 1 ? (
        <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">
        {pageCount !== undefined ? t("page", { page, pages: pageCount }) : t("pageOnly", { page })}
      </span>
      {hasNext ? (
        <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
