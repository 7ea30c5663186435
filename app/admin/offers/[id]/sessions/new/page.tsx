import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { SessionForm } from "@/components/catalogue/session-form";
import { blankSessionValues } from "@/lib/catalogue/form-values";
import { getOfferForStaff } from "@/lib/catalogue/staff-offers";
import { db } from "@/lib/db";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";

type Params = Promise<{ id: string }>;

export default async function NewSessionPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/offers/${id}/sessions/new`);
  const offer = await orNotFound(getOfferForStaff(db, actor, id));
  const t = await getTranslations("adminOffers");

  return (
    <div className="space-y-5">
      <Link href={`/admin/offers/${offer.id}`} className="text-brand-700 underline">
        {t("session.backToOffer")}
      </Link>
      <h1 className="text-2xl font-bold">{t("session.newTitle", { offer: offer.title })}</h1>
      <SessionForm offerId={offer.id} sessionId={null} booked={0} values={blankSessionValues()} />
    </div>
  );
}
