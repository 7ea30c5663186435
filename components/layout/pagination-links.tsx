import Link from "next/link";

/** Translated texts of a pagination bar. */
export type PaginationLabels = {
  /** Accessible name of the navigation landmark. */
  label: string;
  previous: string;
  next: string;
  /** Current position, for example "Page 2 sur 5". */
  position: string;
};

/**
 * Renders previous and next links that keep the page's other query
 * parameters, or nothing when the first page is the only one. With
 * `lastPage`, the previous link of a page past the end goes to the last page.
 */
export function PaginationLinks({
  path,
  params,
  page,
  lastPage,
  hasNext,
  pageParam = "page",
  labels,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  lastPage?: number;
  hasNext: boolean;
  pageParam?: string;
  labels: PaginationLabels;
}) {
  if (page <= 1 && !hasNext) return null;

  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set(pageParam, String(target));
    else query.delete(pageParam);
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  };
  const previousPage = lastPage === undefined ? page - 1 : Math.min(page - 1, lastPage);
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-2 hover:bg-slate-100";

  return (
    <nav
      aria-label={labels.label}
      className="flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      {page > 1 ? (
        <Link className={linkClass} href={hrefFor(previousPage)} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{labels.position}</span>
      {hasNext ? (
        <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
