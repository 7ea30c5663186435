import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";

import { adminCallbackPath, REQUEST_PATH_HEADER } from "@/lib/account/request-path";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { canHoldCashDesk } from "@/lib/payments/cash-desk";
import { canReadAuditLog, canViewPayments, managedOfferKinds } from "@/lib/staff/sectors";
import { AdminNav } from "./_components/admin-nav";

// Every back-office page reads the session and the database per request.
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const requestPath = (await headers()).get(REQUEST_PATH_HEADER);
  const actor = await requireStaffPage(adminCallbackPath(requestPath));
  const t = await getTranslations("admin.nav");
  const tOffers = await getTranslations("adminOffers");
  const tPayments = await getTranslations("adminPayments.nav");

  const links = [
    { href: "/admin", label: t("inbox") },
    { href: "/admin/members", label: t("members") },
    ...(managedOfferKinds(actor).length > 0
      ? [{ href: "/admin/offers", label: tOffers("navLink") }]
      : []),
    ...(canViewPayments(actor)
      ? [{ href: "/admin/payments", label: tPayments("link") }]
      : canHoldCashDesk(actor)
        ? [{ href: "/admin/cash-desk", label: tPayments("cashDesk") }]
        : []),
    ...(canReadAuditLog(actor) ? [{ href: "/admin/audit", label: t("audit") }] : []),
  ];

  return (
    <div className="space-y-6">
      <AdminNav label={t("label")} links={links} />
      {children}
    </div>
  );
}
