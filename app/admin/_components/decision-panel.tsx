"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";

import { Field, inputClassName } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { applyServerErrors, useValidationMessage } from "@/components/forms/use-server-errors";
import type { ActionResult } from "@/lib/actions/result";
import { rejectSchema, REJECTION_REASON_MAX_LENGTH, type RejectInput } from "@/lib/staff/schemas";

type Decide<T> = (input: T) => Promise<ActionResult<unknown>>;

/** Goes back to the inbox with the "decision saved" notice. */
export function useBackToInbox() {
  const router = useRouter();
  return () => {
    router.push("/admin?decision=saved");
    router.refresh();
  };
}

/**
 * Renders the approve button (left out for tax notices, which have their own
 * form) and the reject form with its required reason.
 */
export function DecisionPanel({
  id,
  approveLabel,
  approvingLabel,
  approve,
  reject,
}: {
  id: string;
  approveLabel?: string;
  approvingLabel?: string;
  approve?: Decide<{ id: string }>;
  reject: Decide<RejectInput>;
}) {
  const backToInbox = useBackToInbox();
  const [approveError, setApproveError] = useState<string>();
  const [approving, startApprove] = useTransition();

  function onApprove(event: React.FormEvent) {
    event.preventDefault();
    if (!approve) return;
    startApprove(async () => {
      const result = await approve({ id });
      if (result.ok) backToInbox();
      else setApproveError(result.message);
    });
  }

  return (
    <div className="space-y-6">
      {approve && approveLabel && (
        <form onSubmit={onApprove} className="space-y-3">
          <FormAlert kind="error" message={approveError} />
          <SubmitButton pending={approving} label={approveLabel} pendingLabel={approvingLabel} />
        </form>
      )}
      <RejectForm id={id} reject={reject} onDone={backToInbox} />
    </div>
  );
}

function RejectForm({
  id,
  reject,
  onDone,
}: {
  id: string;
  reject: Decide<RejectInput>;
  onDone: () => void;
}) {
  const t = useTranslations("admin.review");
  const message = useValidationMessage();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RejectInput>({
    resolver: zodResolver(rejectSchema),
    defaultValues: { id, reason: "" },
  });

  async function onSubmit(values: RejectInput) {
    const result = await reject(values);
    if (result.ok) return onDone();
    setFormError(applyServerErrors(result, setError));
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      className="space-y-3 rounded border border-red-200 bg-red-50/40 p-4"
    >
      <FormAlert kind="error" message={formError} />
      <input type="hidden" {...register("id")} />
      <Field label={t("reason")} hint={t("reasonHint")} error={message(errors.reason?.message)}>
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
      <SubmitButton
        pending={isSubmitting}
        label={t("reject")}
        pendingLabel={t("rejecting")}
        variant="danger"
      />
    </form>
  );
}
