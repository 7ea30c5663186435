"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { resubmitMembershipAction } from "@/app/account/actions";
import { useActionStatus } from "@/components/account/use-action-status";
import { FileField } from "@/components/forms/file-field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import {
  resubmitMembershipFormSchema,
  type ResubmitMembershipFormValues,
} from "@/lib/account/schemas";
import { DOCUMENT_INPUT_ACCEPT } from "@/lib/documents/schemas";

/**
 * Sends a new proof for a rejected membership. `proofType` is PAYSLIP for a
 * member in activity and PENSION_SLIP for a retiree.
 */
export function ResubmitMembershipForm({
  membershipId,
  proofType,
}: {
  membershipId: string;
  proofType: "PAYSLIP" | "PENSION_SLIP";
}) {
  const t = useTranslations("account.dashboard.resubmit");
  const validationMessage = useValidationMessage();
  const form = useForm<ResubmitMembershipFormValues>({
    resolver: zodResolver(resubmitMembershipFormSchema),
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const formData = new FormData();
    formData.set("membershipId", membershipId);
    formData.set("file", values.file[0]);
    const message = await run(
      () => resubmitMembershipAction(formData),
      () => t("sent"),
    );
    if (message) form.resetField("file");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby="resubmit-title">
      <h3 id="resubmit-title" className="text-sm font-semibold">
        {t("title")}
      </h3>
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      <FileField
        label={t(`fileLabel.${proofType}`)}
        hint={t("fileHint")}
        error={validationMessage(errors.file?.message)}
        accept={DOCUMENT_INPUT_ACCEPT}
        {...form.register("file")}
      />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
