import { getTranslations } from "next-intl/server";

import { PaginationLinks } from "@/components/layout/pagination-links";

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
  return (
    <PaginationLinks
      path={path}
      params={params}
      page={page}
      hasNext={hasNext}
      pageParam={pageParam}
      labels={{
        label: t("label"),
        previous: t("previous"),
        next: t("next"),
        position:
          pageCount !== undefined ? t("page", { page, pages: pageCount }) : t("pageOnly", { page }),
      }}
    />
  );
}
