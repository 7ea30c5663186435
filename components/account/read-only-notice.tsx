import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Explains why the household and document pages cannot be changed yet.
 * After a rejection it points to the dashboard, where the member sends a
 * new proof.
 */
export async function ReadOnlyNotice({ year, rejected }: { year: number; rejected?: boolean }) {
  const t = await getTranslations("account.readOnly");
  return (
    <div
      role="note"
      className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{t("body", { year })}</p>
      {rejected && (
        <p className="mt-1">
          {t("rejected")}{" "}
          <Link href="/account#resubmit-title" className="font-medium underline">
            {t("resubmitLink")}
          </Link>
        </p>
      )}
    </div>
  );
}
