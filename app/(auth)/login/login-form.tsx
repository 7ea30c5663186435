"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { getSession, signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import { postLoginPath } from "@/lib/auth/redirects";
import { loginSchema, PASSWORD_MAX_LENGTH, type LoginInput } from "@/lib/auth/schemas";
import { decodeSignInError } from "@/lib/auth/sign-in-error";

export function LoginForm({ callbackPath }: { callbackPath: string | null }) {
  const t = useTranslations("auth.login");
  const tErrors = useTranslations("errors");
  const validationMessage = useValidationMessage({ max: PASSWORD_MAX_LENGTH });
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [redirecting, setRedirecting] = useState(false);

  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: "", password: "" },
  });

  async function onSubmit(values: LoginInput) {
    setFormError(undefined);
    let error: string | null | undefined;
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      error = result?.error ?? (result?.ok ? null : "unexpected");
    } catch {
      error = "unexpected";
    }

    if (error) {
      const { code, params } = decodeSignInError(error);
      setFormError(tErrors(code, params));
      resetField("password");
      return;
    }

    setRedirecting(true);
    const session = await getSession();
    router.replace(postLoginPath(session?.user.role ?? "MEMBER", callbackPath));
    router.refresh();
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      <FormAlert kind="error" message={formError} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="username"
        error={validationMessage(errors.email?.message)}
        {...register("email")}
      />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={validationMessage(errors.password?.message)}
        {...register("password")}
      />
      <SubmitButton
        pending={isSubmitting || redirecting}
        label={t("submit")}
        pendingLabel={t("pending")}
      />
    </form>
  );
}
