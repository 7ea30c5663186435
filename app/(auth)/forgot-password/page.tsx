import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { AuthCard } from "../auth-card";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgotPassword");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgotPassword");
  return (
    <AuthCard title={t("title")}>
      <p className="text-slate-700">{t("intro")}</p>
      <ForgotPasswordForm />
      <p className="border-t border-slate-200 pt-4 text-sm">
        <Link className="font-medium text-brand-700 underline" href="/login">
          {t("backToLogin")}
        </Link>
      </p>
    </AuthCard>
  );
}
