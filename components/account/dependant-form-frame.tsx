"use client";

import { useTranslations } from "next-intl";
import type { FormEventHandler, ReactNode } from "react";

import type { FormStatus } from "@/components/account/use-action-status";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";

/**
 * Renders the frame that the dependant forms share: the form's message on
 * top, then the fields, then the submit and cancel buttons.
 */
export function DependantFormFrame({
  onSubmit,
  status,
  pending,
  submitLabel,
  onCancel,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  status: FormStatus;
  pending: boolean;
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("account.household");

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded border border-slate-200 bg-slate-50 p-4"
    >
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      {children}
      <div className="flex flex-wrap gap-3">
        <SubmitButton
          pending={pending}
          label={submitLabel}
          pendingLabel={t("dependantForm.pending")}
        />
        <button
          type="button"
          onClick={onCancel}
          className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
        >
          {t("dependants.cancel")}
        </button>
      </div>
    </form>
  );
}
