"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { useForm, useWatch } from "react-hook-form";

import { updateAddressAction } from "@/app/account/household/actions";
import { useActionStatus } from "@/components/account/use-action-status";
import { Field, inputClassName, TextField } from "@/components/forms/field";
import { useCommuneChoices } from "@/components/forms/use-commune-choices";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import type { Commune } from "@/lib/communes";
import { addressSchema, ADDRESS_LINE_MAX_LENGTH, type AddressInput } from "@/lib/household/schemas";

/** Edits the household's address. The commune list follows the postal code typed. */
export function AddressForm({ address, communes }: { address: AddressInput; communes: Commune[] }) {
  const t = useTranslations("account.household.address");
  const validationMessage = useValidationMessage();
  const form = useForm<AddressInput>({
    resolver: zodResolver(addressSchema),
    defaultValues: address,
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;

  const { setValue } = form;
  const setCommuneCode = useCallback((code: string) => setValue("communeCode", code), [setValue]);
  const { postalCodeComplete, choices } = useCommuneChoices({
    communes,
    postalCode: useWatch({ control: form.control, name: "postalCode" }),
    communeCode: useWatch({ control: form.control, name: "communeCode" }),
    setCommuneCode,
  });

  const onSubmit = form.handleSubmit((values) =>
    run(
      () => updateAddressAction(values),
      () => t("saved"),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      <TextField
        label={t("line1")}
        autoComplete="address-line1"
        maxLength={ADDRESS_LINE_MAX_LENGTH}
        error={validationMessage(errors.addressLine1?.message)}
        {...form.register("addressLine1")}
      />
      <TextField
        label={t("line2")}
        autoComplete="address-line2"
        maxLength={ADDRESS_LINE_MAX_LENGTH}
        error={validationMessage(errors.addressLine2?.message)}
        {...form.register("addressLine2")}
      />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <TextField
          label={t("postalCode")}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          error={validationMessage(errors.postalCode?.message)}
          {...form.register("postalCode")}
        />
        <Field
          label={t("commune")}
          hint={postalCodeComplete && choices.length === 0 ? t("noCommune") : t("communeHint")}
          error={validationMessage(errors.communeCode?.message)}
        >
          {(aria) => (
            <select {...aria} {...form.register("communeCode")} className={inputClassName}>
              <option value="">{t("communePlaceholder")}</option>
              {choices.map((commune) => (
                <option key={commune.code} value={commune.code}>
                  {commune.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <SubmitButton pending={isSubmitting} label={t("submit")} variant="secondary" />
    </form>
  );
}
