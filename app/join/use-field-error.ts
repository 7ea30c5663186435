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
 * Returns a function that gives a field's error in French. A zod message key
 * is translated from `enrolment.validation` (the keys only this form uses),
 * else from `validation`. A server message arrives already in French.
 */
export function useFieldError() {
  const { formState } = useFormContext<EnrolmentFormValues>();
  const tEnrolment = useTranslations("enrolment.validation");
  const tValidation = useTranslations("validation");

  return (name: keyof EnrolmentFormValues) => {
    const error = formState.errors[name];
    const message = error?.message;
    if (typeof message !== "string" || message === "") return undefined;
    if (error?.type === "server") return message;
    if (tEnrolment.has(message)) return tEnrolment(message);
    if (tValidation.has(message)) return tValidation(message, { max: MAX_BY_FIELD[name] ?? 0 });
    return message;
  };
}
