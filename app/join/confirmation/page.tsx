import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("enrolment.confirmation");
  return { title: t("title") };
}

export default async function EnrolmentConfirmationPage() {
  const t = await getTranslations("enrolment.confirmation");

  return (
    <div className="mx-auto max-w-2xl space-y-6 rounded-lg bg-white p-6 shadow-sm sm:p-10">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p role="status" className="text-lg text-slate-800">
        {t("lead")} {t("emailSent")}
      </p>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("nextTitle")}</h2>
        <ol className="list-decimal space-y-2 pl-5 text-slate-700">
          <li>{t("step1")}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
        </ol>
      </section>
      <Link
        className="inline-block rounded border border-slate-300 px-4 py-2 font-medium hover:bg-slate-100"
        href="/"
      >
        {t("home")}
      </Link>
    </div>
  );
}
