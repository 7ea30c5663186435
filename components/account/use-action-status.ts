"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";

import { applyServerErrors } from "@/components/forms/use-server-errors";
import type { ActionResult } from "@/lib/actions/result";

export type FormStatus = { kind: "error" | "success"; message: string } | null;

/**
 * Calls a server action from a react-hook-form submit handler and keeps the
 * message for the whole form. Field errors go onto their fields, with a
 * summary at the top of the form. A failed
 * request (network down, body over the server's limit) shows the generic
 * error message instead of leaving the form silent.
 */
export function useActionStatus<T extends FieldValues>(setError: UseFormSetError<T>) {
  const tErrors = useTranslations("errors");
  const [status, setStatus] = useState<FormStatus>(null);

  /** Returns the success message, also kept as the form's status, or null when the action failed. */
  async function run<R>(
    call: () => Promise<ActionResult<R>>,
    successMessage: (data: R) => string,
  ): Promise<string | null> {
    setStatus(null);
    let result: ActionResult<R>;
    try {
      result = await call();
    } catch {
      setStatus({ kind: "error", message: tErrors("unexpected") });
      return null;
    }
    if (result.ok) {
      const message = successMessage(result.data);
      setStatus({ kind: "success", message });
      return message;
    }
    const message = applyServerErrors(result, setError) ?? tErrors("unexpected");
    // A message already shown next to its field is summed up at the top.
    const hasFieldErrors = Object.keys(result.fieldErrors).length > 0;
    setStatus({ kind: "error", message: hasFieldErrors ? tErrors("invalid_input") : message });
    return null;
  }

  return { status, setStatus, run };
}
