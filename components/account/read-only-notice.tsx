import { getTranslations } from "next-intl/server";

/** Explains why the household and document pages cannot be changed yet. */
export async function ReadOnlyNotice({ year }: { year: number }) {
  const t = await getTranslations("account.readOnly");
  return (
    <div
      role="note"
      className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{t("body", { year })}</p>
    </div>
  );
}
