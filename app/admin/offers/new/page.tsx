import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { OfferForm } from "@/components/catalogue/offer-form";
import { blankOfferValues } from "@/lib/catalogue/form-values";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { managedOfferKinds } from "@/lib/staff/sectors";

export default async function NewOfferPage() {
  const actor = await requireStaffPage("/admin/offers/new");
  const kinds = managedOfferKinds(actor);
  if (kinds.length === 0) notFound();
  const t = await getTranslations("adminOffers");

  return (
    <div className="space-y-5">
      <Link href="/admin/offers" className="text-brand-700 underline">
        {t("offer.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("offer.newTitle")}</h1>
      <OfferForm offerId={null} kinds={kinds} values={blankOfferValues(kinds[0])} />
    </div>
  );
}
