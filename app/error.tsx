"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div role="alert" className="rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded bg-brand-600 px-4 py-2 text-white"
      >
        {t("retry")}
      </button>
    </div>
  );
}
