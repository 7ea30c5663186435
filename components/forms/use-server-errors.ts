"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import type { ActionResult } from "@/lib/actions/result";

/**
 * Puts a failed server action's field messages on the react-hook-form
 * fields and returns the message for the whole form.
 */
export function applyServerErrors<T extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<T>,
): string | undefined {
  if (result.ok) return undefined;
  for (const [field, message] of Object.entries(result.fieldErrors)) {
    setError(field as Path<T>, { type: "server", message });
  }
  return result.message;
}

/**
 * Translates a client-side zod message key (from the `validation` namespace);
 * server messages arrive already translated and are returned unchanged.
 * `values` fills the messages' placeholders, such as `{ max: 256 }` for
 * `too_long`.
 */
export function useValidationMessage(values?: Record<string, string | number>) {
  const t = useTranslations("validation");
  return (message?: string) => {
    if (!message) return undefined;
    return t.has(message) ? t(message, values) : message;
  };
}
