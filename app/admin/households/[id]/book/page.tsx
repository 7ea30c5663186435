import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { formatCalendarDateFr } from "@/lib/dates";
import {
  findOfficeHousehold,
  listOfficeSessions,
  prepareOfficeBooking,
} from "@/lib/staff/office-booking";
import { orNotFound, requireStaffPage } from "@/lib/staff/page-guard";
import { Section } from "../../../_components/review-parts";
import { OfficeBookingForm, type OfficePerson } from "./office-booking-form";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function OfficeBookingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/households/${id}/book`);
  const query = await searchParams;
  const sessionId = typeof query.session === "string" ? query.session : undefined;
  const search = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const household = await orNotFound(findOfficeHousehold(id));
  const t = await getTranslations("adminBookings.office");
  const names = household.members.map((member) => `${member.firstName} ${member.lastName}`);

  return (
    <div className="space-y-5">
      <Link href={`/admin/households/${id}`} className="text-sm text-brand-700 underline">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title", { names: names.join(", ") })}</h1>
      {sessionId ? (
        <ParticipantsStep householdId={id} sessionId={sessionId} actor={actor} />
      ) : (
        <SessionStep householdId={id} search={search} actor={actor} />
      )}
    </div>
  );
}

type StepProps = { householdId: string; actor: Awaited<ReturnType<typeof requireStaffPage>> };

async function SessionStep({ householdId, search, actor }: StepProps & { search: string }) {
  const t = await getTranslations("adminBookings");
  const { sessions, hasMore } = await listOfficeSessions(actor, { query: search });

  return (
    <Section title={t("office.chooseSession")}>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium text-slate-800">
          {t("office.search")}
          <input
            type="search"
            name="q"
            defaultValue={search}
            className="mt-1 block w-72 max-w-full rounded border border-slate-300 bg-white px-3 py-2 text-base"
          />
        </label>
        <button
          type="submit"
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          {t("office.searchSubmit")}
        </button>
      </form>
      {sessions.length === 0 ? (
        <p className="text-slate-700">{t("office.noSession")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {sessions.map((session) => {
            const left = Math.max(
              0,
              session.capacity - session.confirmedPlaces - session.offeredPlaces,
            );
            return (
              <li key={session.id} className="py-2">
                <Link
                  href={`/admin/households/${householdId}/book?session=${session.id}`}
                  className="font-medium text-brand-700 underline"
                >
                  {session.offer.title}
                  {session.label ? ` · ${session.label}` : ""}
                </Link>
                <p className="text-sm text-slate-700">
                  {t("session.dates", {
                    start: formatCalendarDateFr(session.startDate),
                    end: formatCalendarDateFr(session.endDate),
                  })}{" "}
                  · {t(`modes.${session.mode}`)} · {t("office.placesLeft", { left })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {hasMore && <p className="text-sm text-slate-700">{t("office.more")}</p>}
    </Section>
  );
}

async function ParticipantsStep({
  householdId,
  sessionId,
  actor,
}: StepProps & { sessionId: string }) {
  const t = await getTranslations("adminBookings");
  const form = await orNotFound(prepareOfficeBooking(actor, { householdId, sessionId }));
  const { session, quote } = form;
  const placesLeft = Math.max(
    0,
    session.capacity - session.confirmedPlaces - session.offeredPlaces,
  );
  const people: OfficePerson[] = form.people.map((person) => {
    const line = quote?.lines.find((candidate) => candidate.personId === person.personId);
    return {
      personId: person.personId,
      firstName: person.firstName,
      lastName: person.lastName,
      category: person.category,
      ageOnStart: person.ageOnStart,
      refusals: person.refusals.map((refusal) => ({ message: refusal.message })),
      split: line
        ? {
            publicPriceCents: line.publicPriceCents,
            subsidyCents: line.subsidyCents,
            memberShareCents: line.memberShareCents,
          }
        : null,
    };
  });

  return (
    <>
      <Section title={t("office.session")}>
        <p className="font-medium">
          {session.offer.title}
          {session.label ? ` · ${session.label}` : ""}
        </p>
        <p className="text-sm text-slate-700">
          {t("session.dates", {
            start: formatCalendarDateFr(session.startDate),
            end: formatCalendarDateFr(session.endDate),
          })}{" "}
          · {t(`modes.${session.mode}`)} · {t("office.placesLeft", { left: placesLeft })}
        </p>
        {quote && (
          <p className="text-sm text-slate-700">
            {t(quote.bracket.isDefault ? "office.bracketDefault" : "office.bracket", {
              label: quote.bracket.label,
            })}
          </p>
        )}
        <p className="text-sm text-slate-700">{t("office.windowNote")}</p>
        <Link
          href={`/admin/households/${householdId}/book`}
          className="text-sm text-brand-700 underline"
        >
          {t("office.changeSession")}
        </Link>
      </Section>
      <Section title={t("office.participantsStep")}>
        <OfficeBookingForm
          householdId={householdId}
          sessionId={session.id}
          mode={session.mode}
          placesLeft={placesLeft}
          people={people}
        />
      </Section>
    </>
  );
}
