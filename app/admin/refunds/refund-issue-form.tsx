"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import type { PaymentTender } from "@/lib/generated/prisma/enums";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import { useActionStatus } from "@/components/account/use-action-status";
import { refundIssueSchema } from "@/lib/payments/office/schemas";
import { markRefundIssuedAction } from "../payments/actions";

type Fields = z.input<typeof refundIssueSchema>;

/**
 * Marks one refund as paid back, with the cheque number or transfer
 * reference used, or a note that cash was handed back for a cash payment.
 */
export function RefundIssueForm({ refundId, tender }: { refundId: string; tender: PaymentTender }) {
  const t = useTranslations("adminPayments.refunds");
  const router = useRouter();
  const validationMessage = useValidationMessage({ max: 500 });
  const form = useForm<Fields>({
    resolver: zodResolver(refundIssueSchema),
    defaultValues: { refundId, note: "" },
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    const done = await run(
      () => markRefundIssuedAction(input),
      () => t("issued"),
    );
    if (done) router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-60">
          <TextField
            label={t(tender === "CASH" ? "note.CASH" : "note.other")}
            hint={t(tender === "CASH" ? "noteHint.CASH" : "noteHint.other")}
            maxLength={500}
            error={validationMessage(errors.note?.message)}
            {...form.register("note")}
          />
        </div>
        <SubmitButton pending={isSubmitting} label={t("markIssued")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
