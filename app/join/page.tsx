import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { communes } from "@/lib/communes";
import { EMPLOYER_SUGGESTIONS } from "@/lib/enrolment/employers";

import { EnrolmentForm } from "./enrolment-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("enrolment");
  return { title: t("title") };
}

export default async function JoinPage() {
  const t = await getTranslations("enrolment");

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="text-sm text-slate-600">{t("requiredNote")}</p>
        <p className="text-sm text-slate-700">
          {t("haveAccount")}{" "}
          <Link className="font-medium text-brand-700 underline" href="/login">
            {t("signIn")}
          </Link>
        </p>
      </header>
      <EnrolmentForm communes={communes} employers={[...EMPLOYER_SUGGESTIONS]} />
    </div>
  );
}
