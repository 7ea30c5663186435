"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { resetPasswordAction } from "./actions";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { applyServerErrors, useValidationMessage } from "@/components/forms/use-server-errors";
import { newPasswordSchema, PASSWORD_MAX_LENGTH, type NewPasswordInput } from "@/lib/auth/schemas";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth.resetPassword");
  const validationMessage = useValidationMessage({ max: PASSWORD_MAX_LENGTH });
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);

  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<NewPasswordInput>({
    resolver: zodResolver(newPasswordSchema),
    defaultValues: { password: "", confirmation: "" },
  });

  async function onSubmit(values: NewPasswordInput) {
    setFormError(undefined);
    const result = await resetPasswordAction(token, values);
    // Clears both passwords from the page once sent, whatever the outcome.
    reset();
    if (result.ok) {
      setDone(true);
      return;
    }
    setFormError(applyServerErrors(result, setError));
    // When the link expired or was used meanwhile, the page re-renders as
    // "invalid link" with the way to ask for a new one.
    if (Object.keys(result.fieldErrors).length === 0) router.refresh();
  }

  if (done) {
    return (
      <div className="space-y-4">
        <FormAlert kind="success" message={t("done")} />
        <Link
          className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          href="/login"
        >
          {t("login")}
        </Link>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      <FormAlert kind="error" message={formError} />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={validationMessage(errors.password?.message)}
        {...register("password")}
      />
      <TextField
        label={t("confirmation")}
        type="password"
        autoComplete="new-password"
        error={validationMessage(errors.confirmation?.message)}
        {...register("confirmation")}
      />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
