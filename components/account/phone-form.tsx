"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { updatePhoneAction } from "@/app/account/household/actions";
import { useActionStatus } from "@/components/account/use-action-status";
import { inputClassName, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import { phoneSchema, type PhoneInput } from "@/lib/household/schemas";

export function PhoneForm({ phone }: { phone: string }) {
  const t = useTranslations("account.household.phoneForm");
  const validationMessage = useValidationMessage();
  const form = useForm<PhoneInput>({
    resolver: zodResolver(phoneSchema),
    defaultValues: { phone },
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    run(
      () => updatePhoneAction(values),
      () => t("saved"),
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      <TextField
        label={t("label")}
        type="tel"
        autoComplete="tel"
        maxLength={30}
        hint={t("hint")}
        className={`${inputClassName} sm:max-w-xs`}
        error={validationMessage(errors.phone?.message)}
        {...form.register("phone")}
      />
      <SubmitButton pending={isSubmitting} label={t("submit")} variant="secondary" />
    </form>
  );
}
