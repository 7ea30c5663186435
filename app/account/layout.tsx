import { getTranslations } from "next-intl/server";

import { AccountNav } from "@/components/account/account-nav";
import { requireAccountMember } from "@/lib/account/require-account-member";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  // Each page checks again: this layout does not run on client-side navigation.
  await requireAccountMember();
  const t = await getTranslations("account.nav");
  const tBooking = await getTranslations("booking");
  const tReceipts = await getTranslations("receipts.page");

  return (
    <div className="space-y-6">
      <AccountNav
        label={t("label")}
        items={[
          { href: "/account", label: t("dashboard") },
          { href: "/account/bookings", label: tBooking("nav") },
          { href: "/account/payments", label: tReceipts("nav") },
          { href: "/account/household", label: t("household") },
          { href: "/account/documents", label: t("documents") },
        ]}
      />
      {children}
    </div>
  );
}
