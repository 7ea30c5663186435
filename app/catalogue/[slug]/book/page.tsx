import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { BookingForm } from "@/components/booking/booking-form";
import type { BookablePerson } from "@/components/booking/participant-choice";
import { SessionSummary } from "@/components/booking/session-summary";
import { requireAccountMember } from "@/lib/account/require-account-member";
import { getSessionUser } from "@/lib/auth/guards";
import { listBookableParticipants } from "@/lib/booking/quote-booking";
import { db } from "@/lib/db";

import { findPublishedSession } from "./load-session";

export const dynamic = "force-dynamic";

type PageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ session?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.book");
  return { title: t("metaTitle") };
}

export default async function BookSessionPage({ params, searchParams }: PageProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const sessionId = typeof query.session === "string" ? query.session : undefined;

  // requireAccountMember() would send a visitor back to /account after
  // login. This page passes its own path as the callback instead.
  if (!(await getSessionUser())) {
    const path = `/catalogue/${encodeURIComponent(slug)}/book`;
    const back = sessionId ? `${path}?session=${encodeURIComponent(sessionId)}` : path;
    redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
  }
  const actor = await requireAccountMember();
  const t = await getTranslations("booking");
  const offerPath = `/catalogue/${encodeURIComponent(slug)}`;

  if (!sessionId) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("book.metaTitle")}</h1>
        <p>{t("book.sessionMissing")}</p>
        <Link href={offerPath} className="font-medium text-brand-700 underline">
          {t("book.chooseSession")}
        </Link>
      </div>
    );
  }

  const session = await findPublishedSession(slug, sessionId);
  if (!session) notFound();
  const participants = await listBookableParticipants(db, actor.householdId, session, {
    memberId: actor.memberId,
  });
  const now = new Date();
  const open =
    !session.cancelledAt && session.bookingOpensAt <= now && now < session.bookingClosesAt;

  const people: BookablePerson[] = participants.map((person) => ({
    id: person.personId,
    name: `${person.firstName} ${person.lastName}`,
    detail: `${t(`category.${person.category}`)}, ${t("book.age", { age: person.ageOnStart })}`,
    refusals: person.refusals.map((refusal) => refusal.message),
  }));

  return (
    <div className="space-y-6">
      <p>
        <Link href={offerPath} className="text-sm font-medium text-brand-700 underline">
          {t("book.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("book.title", { offer: session.offer.title })}</h1>

      <section
        aria-labelledby="session-title"
        className="space-y-3 rounded-lg bg-white p-5 shadow-sm"
      >
        <h2 id="session-title" className="text-lg font-semibold">
          {t("book.sessionTitle")}
        </h2>
        <SessionSummary session={{ ...session, placeLabel: session.offer.placeLabel }} />
      </section>

      <section className="rounded-lg bg-white p-5 shadow-sm">
        {open ? (
          <BookingForm sessionId={session.id} people={people} />
        ) : (
          <p className="font-medium">{t("book.closed")}</p>
        )}
      </section>
    </div>
  );
}
