"use client";

import { useTranslations } from "next-intl";

import { PASSWORD_MAX_LENGTH } from "@/lib/auth/schemas";

/**
 * Translates a zod message key of the `validation` namespace. `too_long`
 * needs its {max}, and the only limit on these forms is the password's.
 */
export function useValidationMessage() {
  const t = useTranslations("validation");
  return (message?: string) => {
    if (!message) return undefined;
    return t.has(message) ? t(message, { max: PASSWORD_MAX_LENGTH }) : message;
  };
}
