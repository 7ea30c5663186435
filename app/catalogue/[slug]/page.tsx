import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";

import { SessionsTable } from "@/components/catalogue/sessions-table";
import { getPublicOffer } from "@/lib/catalogue/public-queries";
import { todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";

// Places and booking windows change over time: read per request.
export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

// Metadata and page share one query per request.
const loadOffer = cache((slug: string) => getPublicOffer(db, slug, todayInParis()));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const offer = await loadOffer((await params).slug);
  return offer ? { title: offer.title } : {};
}

export default async function OfferPage({ params }: { params: Params }) {
  const offer = await loadOffer((await params).slug);
  if (!offer) notFound();
  const t = await getTranslations("catalogue");

  return (
    <div className="space-y-6">
      <Link href="/catalogue" className="text-brand-700 underline">
        {t("offer.back")}
      </Link>
      <article className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
          {t(`kind.${offer.kind}`)}
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{offer.title}</h1>
        <p className="whitespace-pre-line text-slate-800">{offer.description}</p>
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="font-medium text-slate-600">{t("offer.organiser")}</dt>
            <dd>{offer.organiser}</dd>
          </div>
          {offer.venue && (
            <div>
              <dt className="font-medium text-slate-600">{t("offer.venue")}</dt>
              <dd>{offer.venue}</dd>
            </div>
          )}
          <div>
            <dt className="font-medium text-slate-600">{t("offer.place")}</dt>
            <dd>{offer.placeLabel}</dd>
          </div>
        </dl>
        {offer.priceNote && (
          <div className="text-sm">
            <h2 className="font-medium text-slate-600">{t("offer.priceNote")}</h2>
            <p className="whitespace-pre-line">{offer.priceNote}</p>
          </div>
        )}
      </article>
      <section className="space-y-3" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="text-xl font-semibold">
          {t("offer.sessions")}
        </h2>
        <p className="text-sm text-slate-700">{t("offer.subsidyNote")}</p>
        {offer.sessions.length === 0 ? (
          <p className="rounded-lg bg-white p-6 text-slate-700 shadow-sm">
            {t("offer.noSessions")}
          </p>
        ) : (
          <SessionsTable slug={offer.slug} sessions={offer.sessions} now={new Date()} />
        )}
      </section>
    </div>
  );
}
