"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFormContext } from "react-hook-form";

import { Field } from "@/components/forms/field";
import type { EnrolmentFormValues } from "@/lib/enrolment/schemas";

import { useFieldError } from "./use-field-error";

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

/** Renders the status (active or retired) as radio buttons in a fieldset. */
export function StatusField() {
  const t = useTranslations("enrolment.fields");
  const { register } = useFormContext<EnrolmentFormValues>();
  const error = useFieldError()("status");
  const errorId = `${useId()}-error`;

  const options = [
    { value: "ACTIVE", label: t("statusActive") },
    { value: "RETIRED", label: t("statusRetired") },
  ];
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t("status")}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input
              type="radio"
              value={option.value}
              className="h-4 w-4"
              aria-describedby={error ? errorId : undefined}
              {...register("status")}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** Renders the file input of the payslip, or of the pension slip for a retiree. */
export function ProofField() {
  const t = useTranslations("enrolment.fields");
  const { register, watch } = useFormContext<EnrolmentFormValues>();
  const error = useFieldError()("proof");
  const label = watch("status") === "RETIRED" ? t("proofRetired") : t("proofActive");

  return (
    <Field label={label} hint={t("proofHint")} error={error}>
      {(aria) => (
        <input
          type="file"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          className="block w-full text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:font-medium hover:file:bg-slate-100"
          {...aria}
          {...register("proof")}
        />
      )}
    </Field>
  );
}

/** Renders the checkbox of consent to the processing of the form's personal data. */
export function ConsentField() {
  const t = useTranslations("enrolment.fields");
  const { register } = useFormContext<EnrolmentFormValues>();
  const error = useFieldError()("consent");
  const id = useId();

  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 h-4 w-4 shrink-0"
          aria-invalid={Boolean(error)}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          {...register("consent")}
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {t("consent")}
        </label>
      </div>
      <p id={`${id}-hint`} className="pl-7 text-xs text-slate-600">
        {t("consentHint")}
      </p>
      <div className="pl-7">
        <FieldError id={`${id}-error`} message={error} />
      </div>
    </div>
  );
}
