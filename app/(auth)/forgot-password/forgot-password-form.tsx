"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { requestPasswordResetAction } from "./actions";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { applyServerErrors, useValidationMessage } from "@/components/forms/use-server-errors";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/auth/schemas";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgotPassword");
  const validationMessage = useValidationMessage();
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState(false);

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordInput>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: "" },
  });

  async function onSubmit(values: ForgotPasswordInput) {
    setFormError(undefined);
    setSent(false);
    const result = await requestPasswordResetAction(values);
    if (result.ok) {
      setSent(true);
      return;
    }
    setFormError(applyServerErrors(result, setError));
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      <FormAlert kind="error" message={formError} />
      <FormAlert kind="success" message={sent ? t("sent") : undefined} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="email"
        error={validationMessage(errors.email?.message)}
        {...register("email")}
      />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
