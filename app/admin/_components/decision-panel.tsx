"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { rejectSchema, type RejectInput } from "@/lib/staff/schemas";
import { ReasonForm } from "./reason-form";

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
  return (
    <ReasonForm
      id={id}
      schema={rejectSchema}
      action={reject}
      onDone={onDone}
      labels={{
        reason: t("reason"),
        hint: t("reasonHint"),
        submit: t("reject"),
        submitting: t("rejecting"),
      }}
    />
  );
}
