"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useFormContext } from "react-hook-form";

import { Field, inputClassName, TextField } from "@/components/forms/field";
import { useCommuneChoices } from "@/components/forms/use-commune-choices";
import type { Commune } from "@/lib/communes";
import { MAX_LENGTH, type EnrolmentFormValues } from "@/lib/enrolment/schemas";

import { useFieldError } from "./use-field-error";

/**
 * Renders the address lines, postal code and commune. The commune list shows
 * only the communes of Haute-Garonne that use the typed postal code.
 */
export function AddressFields({ communes }: { communes: Commune[] }) {
  const t = useTranslations("enrolment.fields");
  const { register, watch, setValue } = useFormContext<EnrolmentFormValues>();
  const errorOf = useFieldError();

  const setCommuneCode = useCallback((code: string) => setValue("communeCode", code), [setValue]);
  const { postalCodeComplete, choices: options } = useCommuneChoices({
    communes,
    postalCode: watch("postalCode"),
    communeCode: watch("communeCode"),
    setCommuneCode,
  });

  let placeholder = t("communeWaiting");
  if (postalCodeComplete) placeholder = options.length > 0 ? t("communeChoose") : t("communeNone");

  return (
    <>
      <TextField
        label={t("addressLine1")}
        hint={t("addressLine1Hint")}
        autoComplete="address-line1"
        maxLength={MAX_LENGTH.addressLine}
        error={errorOf("addressLine1")}
        {...register("addressLine1")}
      />
      <TextField
        label={t("addressLine2")}
        hint={t("addressLine2Hint")}
        autoComplete="address-line2"
        maxLength={MAX_LENGTH.addressLine}
        error={errorOf("addressLine2")}
        {...register("addressLine2")}
      />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          label={t("postalCode")}
          autoComplete="postal-code"
          inputMode="numeric"
          maxLength={5}
          error={errorOf("postalCode")}
          {...register("postalCode")}
        />
        <Field
          label={t("commune")}
          hint={postalCodeComplete && options.length > 1 ? t("communeHint") : undefined}
          error={errorOf("communeCode")}
        >
          {(aria) => (
            <select
              {...register("communeCode")}
              {...aria}
              disabled={options.length === 0}
              className={`${inputClassName} disabled:bg-slate-100 disabled:text-slate-600`}
            >
              <option value="">{placeholder}</option>
              {options.map((commune) => (
                <option key={commune.code} value={commune.code}>
                  {commune.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
