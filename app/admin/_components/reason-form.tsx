"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { Field, inputClassName } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { applyServerErrors, useValidationMessage } from "@/components/forms/use-server-errors";
import type { ActionResult } from "@/lib/actions/result";
import type { bookingCancellationSchema } from "@/lib/staff/booking-schemas";
import { REJECTION_REASON_MAX_LENGTH, type rejectSchema } from "@/lib/staff/schemas";

/**
 * A record id with the free-text reason that staff give for a negative
 * decision, and for a cancellation whether the fee is waived.
 */
export type ReasonInput = { id: string; reason: string; waiveFee?: boolean };

/** Translated texts of a reason form, whose title is optional. */
export type ReasonFormLabels = {
  title?: string;
  reason: string;
  hint: string;
  submit: string;
  submitting: string;
  /** Shows a "waive the cancellation fee" checkbox with this label. */
  waiveFee?: string;
};

/**
 * Renders the form of a rejection, refusal or cancellation: a required
 * reason sent with the record's id. Server field errors show under the
 * reason; on success the reason is cleared and `onDone` runs.
 */
export function ReasonForm({
  id,
  schema,
  action,
  onDone,
  labels,
}: {
  id: string;
  /** Any `{ id, reason }` schema; they differ only in their messages. */
  schema: typeof rejectSchema | typeof bookingCancellationSchema;
  action: (input: ReasonInput) => Promise<ActionResult<unknown>>;
  onDone: () => void;
  labels: ReasonFormLabels;
}) {
  const message = useValidationMessage({ max: REJECTION_REASON_MAX_LENGTH });
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ReasonInput>({
    resolver: zodResolver(schema),
    defaultValues: { id, reason: "", waiveFee: false },
  });

  async function onSubmit(values: ReasonInput) {
    const result = await action(values);
    if (result.ok) {
      setFormError(undefined);
      reset({ id, reason: "", waiveFee: false });
      return onDone();
    }
    setFormError(applyServerErrors(result, setError));
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="space-y-3 rounded border border-red-200 bg-red-50/40 p-4"
    >
      {labels.title && <h3 className="font-semibold">{labels.title}</h3>}
      <FormAlert kind="error" message={formError} />
      <input type="hidden" {...register("id")} />
      <Field label={labels.reason} hint={labels.hint} error={message(errors.reason?.message)}>
        {(aria) => (
          <textarea
            {...register("reason")}
            {...aria}
            rows={3}
            maxLength={REJECTION_REASON_MAX_LENGTH}
            className={inputClassName}
          />
        )}
      </Field>
      {labels.waiveFee && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" {...register("waiveFee")} className="mt-1 h-4 w-4" />
          <span>{labels.waiveFee}</span>
        </label>
      )}
      <SubmitButton
        pending={isSubmitting}
        label={labels.submit}
        pendingLabel={labels.submitting}
        variant="danger"
      />
    </form>
  );
}
