import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { AuthCard } from "../../auth-card";
import { ResetPasswordForm } from "./reset-password-form";
import { findUsableResetToken } from "@/lib/auth/reset-password";

// Reads the token from the database on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.resetPassword");
  // The URL contains the token: no Referer header may carry it elsewhere.
  return { title: t("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const t = await getTranslations("auth.resetPassword");

  if (!(await findUsableResetToken(token))) {
    const tErrors = await getTranslations("errors");
    return (
      <AuthCard title={t("invalidTitle")}>
        <p className="text-slate-700">{tErrors("reset_token_invalid")}</p>
        <p>
          <Link
            className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            href="/forgot-password"
          >
            {t("requestAgain")}
          </Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t("title")}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
