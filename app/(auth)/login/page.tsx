import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { AuthCard } from "../auth-card";
import { LoginForm } from "./login-form";
import { getSessionUser } from "@/lib/auth/guards";
import { postLoginPath, safeCallbackPath } from "@/lib/auth/redirects";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  const callbackPath = safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : null);

  const user = await getSessionUser();
  if (user) redirect(postLoginPath(user.role, callbackPath));

  const t = await getTranslations("auth.login");
  return (
    <AuthCard title={t("title")}>
      <p className="text-slate-700">{t("intro")}</p>
      <LoginForm callbackPath={callbackPath} />
      <div className="space-y-2 border-t border-slate-200 pt-4 text-sm">
        <p>
          <Link className="font-medium text-brand-700 underline" href="/forgot-password">
            {t("forgotPassword")}
          </Link>
        </p>
        <p>
          {t("noAccount")}{" "}
          <Link className="font-medium text-brand-700 underline" href="/join">
            {t("join")}
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
