import { getTranslations } from "next-intl/server";

import { PaginationLinks } from "@/components/layout/pagination-links";

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
  return (
    <PaginationLinks
      path="/catalogue"
      params={params}
      page={page}
      lastPage={pageCount}
      hasNext={page < pageCount}
      labels={{
        label: t("label"),
        previous: t("previous"),
        next: t("next"),
        position: t("page", { page, pages: pageCount }),
      }}
    />
  );
}
