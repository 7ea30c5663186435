"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";

import { chooseMyInstalments } from "@/app/account/payments/actions";
import { SubmitButton } from "@/components/forms/submit-button";

export type InstalmentPlanView = {
  count: number;
  lines: { position: number; amount: string; date: string }[];
};

/** Renders the choice of 2 to 4 instalments with the due dates of the plan selected. */
export function InstalmentChoiceForm(props: { bookingId: string; plans: InstalmentPlanView[] }) {
  const t = useTranslations("instalments.choice");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const id = useId();
  const [count, setCount] = useState(props.plans[0].count);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const plan = props.plans.find((candidate) => candidate.count === count) ?? props.plans[0];

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      setError(undefined);
      try {
        const result = await chooseMyInstalments({ bookingId: props.bookingId, count });
        if (!result.ok) {
          setError(result.message);
          return;
        }
        router.refresh();
      } catch {
        setError(tErrors("unexpected"));
      }
    });
  }

  return (
    <form
      onSubmit={submit}
      className="space-y-3"
      aria-describedby={error ? `${id}-error` : undefined}
    >
      {error && (
        <p
          id={`${id}-error`}
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {error}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor={`${id}-count`} className="block text-sm font-medium">
          {t("countLabel")}
        </label>
        <select
          id={`${id}-count`}
          value={count}
          onChange={(event) => setCount(Number(event.target.value))}
          className="w-full rounded border border-slate-300 px-3 py-2 sm:max-w-xs"
        >
          {props.plans.map((candidate) => (
            <option key={candidate.count} value={candidate.count}>
              {t("countOption", { count: candidate.count })}
            </option>
          ))}
        </select>
      </div>
      <div>
        <p className="text-sm font-medium">{t("preview")}</p>
        <ul className="list-disc pl-5 text-sm" aria-live="polite">
          {plan.lines.map((line) => (
            <li key={line.position}>{t("line", line)}</li>
          ))}
        </ul>
      </div>
      <SubmitButton
        pending={pending}
        label={t("submit")}
        pendingLabel={t("submitting")}
        variant="secondary"
      />
    </form>
  );
}
