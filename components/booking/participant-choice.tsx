"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

export type BookablePerson = {
  id: string;
  name: string;
  /** Category and age on the first day, for example "Enfant, 9 ans le premier jour". */
  detail: string;
  /** Reasons the person cannot take part, in French. Empty when they can. */
  refusals: string[];
};

/**
 * Renders the household's people as checkboxes in a fieldset. A person who
 * cannot take part has a disabled box with the reasons next to it. Reasons
 * and the group's error are tied to their box or fieldset with
 * aria-describedby.
 */
export function ParticipantChoice({
  people,
  selected,
  onToggle,
  groupError,
  quoteRefusals,
}: {
  people: BookablePerson[];
  selected: string[];
  onToggle: (personId: string, checked: boolean) => void;
  groupError?: string;
  quoteRefusals: Record<string, string[]>;
}) {
  const t = useTranslations("booking.book");
  const id = useId();
  const hintId = `${id}-hint`;
  const groupErrorId = `${id}-error`;
  const nobodyEligible = people.every((person) => person.refusals.length > 0);

  return (
    <fieldset
      aria-describedby={groupError ? `${hintId} ${groupErrorId}` : hintId}
      className="space-y-3"
    >
      <legend className="text-lg font-semibold">{t("participantsLegend")}</legend>
      <p id={hintId} className="text-sm text-slate-700">
        {nobodyEligible ? t("nobodyEligible") : t("participantsHint")}
      </p>
      {groupError && (
        <p id={groupErrorId} className="text-sm font-medium text-red-700">
          {groupError}
        </p>
      )}
      <ul className="space-y-2">
        {people.map((person) => {
          const boxId = `${id}-${person.id}`;
          const reasonsId = `${boxId}-reasons`;
          const reasons = person.refusals.length > 0 ? person.refusals : quoteRefusals[person.id];
          const checked = selected.includes(person.id);
          // A box ticked before its refusal appeared stays enabled, so it can be unticked.
          const disabled = person.refusals.length > 0 && !checked;
          return (
            <li
              key={person.id}
              className={`rounded border p-3 ${disabled ? "border-slate-200 bg-slate-50" : "border-slate-300 bg-white"}`}
            >
              <div className="flex items-start gap-3">
                <input
                  id={boxId}
                  type="checkbox"
                  name="participantIds"
                  value={person.id}
                  checked={checked}
                  disabled={disabled}
                  onChange={(event) => onToggle(person.id, event.target.checked)}
                  // Ticked but refused: the booking cannot go through until it is unticked.
                  aria-invalid={checked && Boolean(reasons)}
                  aria-describedby={reasons ? reasonsId : undefined}
                  className="mt-1 size-5 shrink-0 accent-brand-600"
                />
                <label htmlFor={boxId} className={disabled ? "text-slate-600" : ""}>
                  <span className="block font-medium">{person.name}</span>
                  <span className="block text-sm text-slate-600">{person.detail}</span>
                </label>
              </div>
              {reasons && (
                <div id={reasonsId} className="mt-2 pl-8 text-sm text-slate-700">
                  <span className="font-medium">{t("cannotTakePart")}</span>
                  <ul className="list-disc pl-5">
                    {reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
