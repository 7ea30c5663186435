"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { Field, inputClassName, TextField } from "@/components/forms/field";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import { todayInParis } from "@/lib/dates";
import { NAME_MAX_LENGTH, NOTES_MAX_LENGTH } from "@/lib/household/schemas";

type FieldName = "firstName" | "lastName" | "birthDate" | "disability" | "notes";

/** Renders the fields a spouse and a child share, in both the new and the edit forms. */
export function DependantFields({
  relation,
  register,
  errors,
}: {
  relation: "SPOUSE" | "CHILD";
  register: (name: FieldName) => UseFormRegisterReturn;
  errors: Partial<Record<FieldName, { message?: string }>>;
}) {
  const t = useTranslations("account.household.dependantForm");
  const validationMessage = useValidationMessage();

  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("firstName")}
          autoComplete="off"
          maxLength={NAME_MAX_LENGTH}
          error={validationMessage(errors.firstName?.message)}
          {...register("firstName")}
        />
        <TextField
          label={t("lastName")}
          autoComplete="off"
          maxLength={NAME_MAX_LENGTH}
          error={validationMessage(errors.lastName?.message)}
          {...register("lastName")}
        />
      </div>
      <TextField
        label={t("birthDate")}
        type="date"
        max={todayInParis()}
        hint={relation === "CHILD" ? t("childBirthDateHint") : undefined}
        error={validationMessage(errors.birthDate?.message)}
        className={`${inputClassName} sm:max-w-xs`}
        {...register("birthDate")}
      />
      <Checkbox label={t("disability")} hint={t("disabilityHint")} {...register("disability")} />
      <Field
        label={t("notes")}
        hint={t("notesHint")}
        error={validationMessage(errors.notes?.message)}
      >
        {(aria) => (
          <textarea
            {...aria}
            {...register("notes")}
            rows={3}
            maxLength={NOTES_MAX_LENGTH}
            className={inputClassName}
          />
        )}
      </Field>
    </>
  );
}

function Checkbox({
  label,
  hint,
  ...input
}: UseFormRegisterReturn & { label: string; hint: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <input
        {...input}
        id={id}
        type="checkbox"
        aria-describedby={`${id}-hint`}
        className="mt-1 h-5 w-5 rounded border-slate-400"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      </div>
    </div>
  );
}
