"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";

import { MAX_LENGTH, type EnrolmentFormValues } from "@/lib/enrolment/schemas";

const MAX_BY_FIELD: Partial<Record<keyof EnrolmentFormValues, number>> = {
  firstName: MAX_LENGTH.name,
  lastName: MAX_LENGTH.name,
  employer: MAX_LENGTH.employer,
  email: MAX_LENGTH.email,
  password: MAX_LENGTH.password,
  addressLine1: MAX_LENGTH.addressLine,
  addressLine2: MAX_LENGTH.addressLine,
};

/**
 * Returns a function that gives a field's error in French: a zod message key
 * is translated from the `validation` namespace, and a server message is
 * already French.
 */
export function useFieldError() {
  const { formState } = useFormContext<EnrolmentFormValues>();
  const t = useTranslations("validation");

  return (name: keyof EnrolmentFormValues) => {
    const error = formState.errors[name];
    const message = error?.message;
    if (typeof message !== "string" || message === "") return undefined;
    if (error?.type === "server" || !t.has(message)) return message;
    return t(message, { max: MAX_BY_FIELD[name] ?? 0 });
  };
}
