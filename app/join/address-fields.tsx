"use client";

import { useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { useFormContext } from "react-hook-form";

import { Field, inputClassName, TextField } from "@/components/forms/field";
import type { Commune } from "@/lib/communes";
import { MAX_LENGTH, type EnrolmentFormValues } from "@/lib/enrolment/schemas";

import { useFieldError } from "./use-field-error";

/**
 * Renders the address lines, postal code and commune. The commune list shows
 * only the communes of Haute-Garonne that use the typed postal code.
 */
export function AddressFields({ communes }: { communes: Commune[] }) {
  const t = useTranslations("enrolment.fields");
  const { register, watch, getValues, setValue } = useFormContext<EnrolmentFormValues>();
  const errorOf = useFieldError();

  const postalCode = watch("postalCode")?.trim() ?? "";
  const postalCodeComplete = /^\d{5}$/.test(postalCode);
  const options = useMemo(
    () =>
      postalCodeComplete
        ? communes
            .filter((commune) => commune.postalCodes.includes(postalCode))
            .sort((a, b) => a.name.localeCompare(b.name, "fr"))
        : [],
    [communes, postalCode, postalCodeComplete],
  );

  // Keeps the commune consistent with the postal code. When one commune
  // matches, it is chosen for the member. A chosen commune that no longer
  // matches is cleared.
  useEffect(() => {
    const current = getValues("communeCode");
    if (options.length === 1 && current !== options[0].code) {
      setValue("communeCode", options[0].code);
    } else if (current && !options.some((commune) => commune.code === current)) {
      setValue("communeCode", "");
    }
  }, [options, getValues, setValue]);

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
