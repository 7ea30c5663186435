import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { getSessionUser } from "@/lib/auth/guards";
import { SignOutButton } from "@/components/layout/sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const tCatalogue = await getTranslations("catalogue");
  const user = await getSessionUser();
  const isStaff = user?.role === "STAFF" || user?.role === "ADMIN";

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-700">
          {t("appName")}
        </Link>
        <nav aria-label={t("nav.mainNavigation")}>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm font-medium">
            <li>
              <Link className="hover:underline" href="/catalogue">
                {tCatalogue("navLink")}
              </Link>
            </li>
            {!user && (
              <>
                <li>
                  <Link className="hover:underline" href="/join">
                    {t("nav.join")}
                  </Link>
                </li>
                <li>
                  <Link
                    className="rounded bg-brand-600 px-3 py-2 text-white hover:bg-brand-700"
                    href="/login"
                  >
                    {t("nav.login")}
                  </Link>
                </li>
              </>
            )}
            {user?.role === "MEMBER" && (
              <li>
                <Link className="hover:underline" href="/account">
                  {t("nav.memberSpace")}
                </Link>
              </li>
            )}
            {isStaff && (
              <li>
                <Link className="hover:underline" href="/admin">
                  {t("nav.admin")}
                </Link>
              </li>
            )}
            {user && (
              <li>
                <SignOutButton label={t("nav.logout")} />
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
