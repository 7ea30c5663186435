import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { SessionForm } from "@/components/catalogue/session-form";
import { sessionFormValues } from "@/lib/catalogue/form-values";
import { getSessionForStaff } from "@/lib/catalogue/staff-offers";
import { db } from "@/lib/db";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";

type Params = Promise<{ id: string; sessionId: string }>;

export default async function EditSessionPage({ params }: { params: Params }) {
  const { id, sessionId } = await params;
  const actor = await requireStaffPage(`/admin/offers/${id}/sessions/${sessionId}`);
  const session = await orNotFound(getSessionForStaff(db, actor, sessionId));
  if (session.offer.id !== id) notFound();
  const t = await getTranslations("adminOffers");

  return (
    <div className="space-y-5">
      <Link href={`/admin/offers/${id}`} className="text-brand-700 underline">
        {t("session.backToOffer")}
      </Link>
      <h1 className="text-2xl font-bold">
        {t("session.editTitle", { offer: session.offer.title })}
      </h1>
      <SessionForm
        offerId={id}
        sessionId={session.id}
        booked={session.confirmedPlaces + session.offeredPlaces}
        values={sessionFormValues(session)}
      />
    </div>
  );
}
