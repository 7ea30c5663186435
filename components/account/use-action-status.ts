"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";

import { applyServerErrors } from "@/components/forms/use-server-errors";
import type { ActionResult } from "@/lib/actions/result";

export type FormStatus = {
  kind: "error" | "success";
  message: string;
  /** Fields whose own error shows this message, so a form may leave it out of its summary. */
  fields?: string[];
} | null;

/**
 * Calls a server action from a react-hook-form submit handler and keeps the
 * message for the whole form. Field errors go onto their fields. The status
 * keeps the action's own message: "some fields are invalid" for invalid
 * input, or the rule that failed (cash desk closed, amount above the
 * balance) for a domain error, never the first in place of the second. A failed
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
    const fields = Object.entries(result.fieldErrors)
      .filter(([, fieldMessage]) => fieldMessage === message)
      .map(([field]) => field);
    setStatus({ kind: "error", message, fields });
    return null;
  }

  return { status, setStatus, run };
}
