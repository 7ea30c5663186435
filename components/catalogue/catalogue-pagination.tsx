import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Renders the previous and next links of the catalogue that keep its filters in the URL. */
export async function CataloguePagination({
  params,
  page,
  pageCount,
}: {
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
}) {
  const t = await getTranslations("catalogue.paging");
  if (pageCount <= 1 && page <= 1) return null;

  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const search = query.toString();
    return search ? `/catalogue?${search}` : "/catalogue";
  };
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-2 hover:bg-slate-100";

  return (
    <nav
      aria-label={t("label")}
      className="flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      {page > 1 ? (
        <Link className={linkClass} href={hrefFor(Math.min(page - 1, pageCount))} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{t("page", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
