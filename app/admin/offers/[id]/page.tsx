import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { OfferForm } from "@/components/catalogue/offer-form";
import { OfferStatusButtons } from "@/components/catalogue/offer-status-buttons";
import { formatDateShort, formatEuros } from "@/lib/catalogue/format";
import { offerFormValues } from "@/lib/catalogue/form-values";
import { getOfferForStaff } from "@/lib/catalogue/staff-offers";
import { db } from "@/lib/db";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { managedOfferKinds } from "@/lib/staff/sectors";

type Params = Promise<{ id: string }>;

export default async function AdminOfferPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/offers/${id}`);
  const offer = await orNotFound(getOfferForStaff(db, actor, id));
  const t = await getTranslations("adminOffers");
  const tCatalogue = await getTranslations("catalogue");

  return (
    <div className="space-y-6">
      <Link href="/admin/offers" className="text-brand-700 underline">
        {t("offer.back")}
      </Link>
      <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
          {t(`kind.${offer.kind}`)}
        </p>
        <h1 className="text-2xl font-bold">{offer.title}</h1>
        <p className="font-medium">
          {t("offer.statusLabel", { status: t(`status.${offer.status}`) })}
        </p>
        <OfferStatusButtons offerId={offer.id} status={offer.status} />
        {offer.status === "PUBLISHED" && (
          <Link href={`/catalogue/${offer.slug}`} className="inline-block text-brand-700 underline">
            {t("offer.publicPage")}
          </Link>
        )}
      </section>

      <section className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm">
        <h2 className="font-semibold">{t("offer.sources")}</h2>
        {offer.sourceUrls.length === 0 ? (
          <p>{t("offer.noSources")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {offer.sourceUrls.map((url) => (
              <li key={url} className="wrap-anywhere">
                {/^https?:\/\//.test(url) ? (
                  <a href={url} rel="noreferrer noopener" target="_blank" className="underline">
                    {url}
                  </a>
                ) : (
                  url
                )}
              </li>
            ))}
          </ul>
        )}
        {offer.sourceNote && <p className="whitespace-pre-line">{offer.sourceNote}</p>}
      </section>

      <section className="space-y-3" aria-labelledby="sessions-title">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="sessions-title" className="text-xl font-semibold">
            {t("offer.sessions")}
          </h2>
          <Link
            href={`/admin/offers/${offer.id}/sessions/new`}
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {t("offer.addSession")}
          </Link>
        </div>
        {offer.sessions.length === 0 ? (
          <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">
            {t("offer.noSessions")}
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
            {offer.sessions.map((session) => (
              <li
                key={session.id}
                className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0 text-sm">
                  <p className="font-semibold">
                    {tCatalogue("card.dateRange", {
                      start: formatDateShort(session.startDate),
                      end: formatDateShort(session.endDate),
                    })}
                    {session.label && ` – ${session.label}`}
                    {session.cancelledAt && ` (${t("offer.cancelled")})`}
                  </p>
                  <p className="text-slate-700">
                    {t("offer.sessionPlaces", {
                      confirmed: session.confirmedPlaces,
                      offered: session.offeredPlaces,
                      capacity: session.capacity,
                    })}{" "}
                    · {t(`mode.${session.mode}`)}
                    {session.adultPriceCents !== null &&
                      ` · ${tCatalogue("offer.adultPrice", { price: formatEuros(session.adultPriceCents) })}`}
                    {session.childPriceCents !== null &&
                      ` · ${tCatalogue("offer.childPrice", { price: formatEuros(session.childPriceCents) })}`}
                  </p>
                </div>
                <div className="flex gap-3 text-sm">
                  <Link
                    href={`/admin/offers/${offer.id}/sessions/${session.id}`}
                    className="text-brand-700 underline"
                  >
                    {t("offer.editSession")}
                  </Link>
                  <Link href={`/admin/sessions/${session.id}`} className="text-brand-700 underline">
                    {t("offer.participants")}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("offer.editTitle")}</h2>
        <OfferForm
          offerId={offer.id}
          kinds={managedOfferKinds(actor)}
          values={offerFormValues(offer)}
        />
      </section>
    </div>
  );
}
