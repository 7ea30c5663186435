import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("common.home");
  const tCatalogue = await getTranslations("catalogue");
  return (
    <div className="space-y-8">
      <section className="rounded-lg bg-white p-6 shadow-sm sm:p-10">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-slate-700">{t("intro")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            href="/join"
          >
            {t("joinCta")}
          </Link>
          <Link
            className="rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100"
            href="/login"
          >
            {t("loginCta")}
          </Link>
          <Link
            className="rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100"
            href="/catalogue"
          >
            {tCatalogue("homeCta")}
          </Link>
        </div>
      </section>
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h2 className="text-xl font-semibold">{t("howToJoinTitle")}</h2>
        <ol className="mt-3 list-decimal space-y-2 pl-5 text-slate-700">
          <li>{t("howToJoin1")}</li>
          <li>{t("howToJoin2")}</li>
          <li>{t("howToJoin3")}</li>
        </ol>
      </section>
    </div>
  );
}
