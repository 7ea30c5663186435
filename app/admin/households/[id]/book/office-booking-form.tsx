"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { formatCents } from "@/components/booking/format";
import { PriceSplitTable } from "@/components/booking/price-split-table";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { BookingMode, ParticipantCategory } from "@/lib/generated/prisma/enums";
import { createOfficeBookingAction } from "./actions";

export type OfficePerson = {
  personId: string;
  firstName: string;
  lastName: string;
  category: ParticipantCategory;
  ageOnStart: number;
  refusals: { message: string }[];
  /** Price split, known only for people who may take part. */
  split: { publicPriceCents: number; subsidyCents: number; memberShareCents: number } | null;
};

/**
 * Renders the participants to tick, the price split of those ticked and
 * the expected outcome, then books through createOfficeBooking and opens
 * the new booking. The engine checks places again under the session's
 * lock, so the outcome shown here is only the expected one.
 */
export function OfficeBookingForm({
  householdId,
  sessionId,
  mode,
  placesLeft,
  people,
}: {
  householdId: string;
  sessionId: string;
  mode: BookingMode;
  placesLeft: number;
  people: OfficePerson[];
}) {
  const t = useTranslations("adminBookings.office");
  const tCategories = useTranslations("adminBookings.categories");
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const chosen = people.filter((person) => selected.includes(person.personId));
  const sum = (pick: (split: NonNullable<OfficePerson["split"]>) => number) =>
    chosen.reduce((total, person) => total + (person.split ? pick(person.split) : 0), 0);
  let outcome: "PENDING" | "CONFIRMED" | "WAITING" = "PENDING";
  if (mode === "FIRST_COME") outcome = chosen.length <= placesLeft ? "CONFIRMED" : "WAITING";

  function toggle(personId: string, checked: boolean) {
    setSelected((current) =>
      checked ? [...current, personId] : current.filter((id) => id !== personId),
    );
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) {
      setError(t("noneSelected"));
      return;
    }
    startTransition(async () => {
      const result = await createOfficeBookingAction({
        householdId,
        sessionId,
        participantIds: selected,
      });
      if (result.ok) router.push(`/admin/bookings/${result.data.id}`);
      else setError(result.message);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert kind="error" message={error} />
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("participants")}</legend>
        {people.map((person) => {
          const refused = person.refusals.length > 0;
          const inputId = `person-${person.personId}`;
          const reasonsId = `${inputId}-reasons`;
          return (
            <div key={person.personId} className="flex items-start gap-3">
              <input
                id={inputId}
                type="checkbox"
                className="mt-1 size-5"
                disabled={refused}
                checked={selected.includes(person.personId)}
                onChange={(event) => toggle(person.personId, event.target.checked)}
                aria-describedby={refused ? reasonsId : undefined}
              />
              <div>
                <label htmlFor={inputId} className="font-medium">
                  {person.firstName} {person.lastName}
                </label>
                <p className="text-sm text-slate-700">
                  {tCategories(person.category)} · {t("age", { age: person.ageOnStart })}
                  {person.split ? ` · ${formatCents(person.split.memberShareCents)}` : ""}
                </p>
                {refused && (
                  <ul id={reasonsId} className="text-sm text-red-800">
                    {person.refusals.map((refusal) => (
                      <li key={refusal.message}>{refusal.message}</li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          );
        })}
      </fieldset>

      {chosen.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("priceSplit")}</h3>
          <PriceSplitTable
            lines={chosen.map((person) => ({
              key: person.personId,
              name: `${person.firstName} ${person.lastName}`,
              publicPriceCents: person.split?.publicPriceCents ?? 0,
              subsidyCents: person.split?.subsidyCents ?? 0,
              memberShareCents: person.split?.memberShareCents ?? 0,
            }))}
            totals={{
              publicPriceCents: sum((split) => split.publicPriceCents),
              subsidyCents: sum((split) => split.subsidyCents),
              memberShareCents: sum((split) => split.memberShareCents),
            }}
            labels={{
              caption: t("priceSplit"),
              person: t("participant"),
              publicPrice: t("publicPrice"),
              subsidy: t("subsidy"),
              memberShare: t("memberShare"),
              total: t("total"),
            }}
          />
          <p role="status" className="text-sm text-slate-800">
            {t(`outcomes.${outcome}`, { places: chosen.length, left: placesLeft })}
          </p>
        </div>
      )}

      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
