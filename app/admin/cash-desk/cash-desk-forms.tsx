"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { useActionStatus } from "@/components/account/use-action-status";
import { Field, inputClassName, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import {
  closeCashDeskSchema,
  openCashDeskSchema,
  type CloseCashDeskFields,
} from "@/lib/payments/office/schemas";
import { closeCashDeskAction, openCashDeskAction } from "../payments/actions";

/** Opens the staff member's cash desk with the float put in the drawer. */
export function OpenCashDeskForm() {
  const t = useTranslations("adminPayments.cashDesk");
  const router = useRouter();
  const validationMessage = useValidationMessage();
  const form = useForm<z.input<typeof openCashDeskSchema>>({
    resolver: zodResolver(openCashDeskSchema),
    defaultValues: { openingFloat: "" },
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    const done = await run(
      () => openCashDeskAction(input),
      () => t("opened"),
    );
    if (done) router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      <div className="max-w-xs">
        <TextField
          label={t("openingFloat")}
          hint={t("amountHint")}
          inputMode="decimal"
          error={validationMessage(errors.openingFloat?.message)}
          {...form.register("openingFloat")}
        />
      </div>
      <SubmitButton pending={isSubmitting} label={t("open")} pendingLabel={t("saving")} />
    </form>
  );
}

/**
 * Closes the staff member's cash desk with what they counted in the drawer.
 * The server compares the counts with what it expects and requires a note
 * when they differ.
 */
export function CloseCashDeskForm() {
  const t = useTranslations("adminPayments.cashDesk");
  const router = useRouter();
  const validationMessage = useValidationMessage({ max: 1000 });
  const form = useForm<CloseCashDeskFields>({
    resolver: zodResolver(closeCashDeskSchema),
    defaultValues: { countedCash: "", countedCheques: "", countedAncv: "", note: "" },
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    let deskId: string | null = null;
    await run(
      () => closeCashDeskAction(input),
      (data) => {
        deskId = data.id;
        return t("closed");
      },
    );
    if (deskId) router.push(`/admin/cash-desk/${deskId}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-slate-200 pt-4">
      <h3 className="font-semibold">{t("closeTitle")}</h3>
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label={t("countedCash")}
          hint={t("amountHint")}
          inputMode="decimal"
          error={validationMessage(errors.countedCash?.message)}
          {...form.register("countedCash")}
        />
        <TextField
          label={t("countedCheques")}
          inputMode="decimal"
          error={validationMessage(errors.countedCheques?.message)}
          {...form.register("countedCheques")}
        />
        <TextField
          label={t("countedAncv")}
          inputMode="decimal"
          error={validationMessage(errors.countedAncv?.message)}
          {...form.register("countedAncv")}
        />
      </div>
      <Field label={t("note")} hint={t("noteHint")} error={validationMessage(errors.note?.message)}>
        {(aria) => (
          <textarea
            {...aria}
            rows={3}
            maxLength={1000}
            {...form.register("note")}
            className={inputClassName}
          />
        )}
      </Field>
      <SubmitButton pending={isSubmitting} label={t("close")} pendingLabel={t("saving")} />
    </form>
  );
}
