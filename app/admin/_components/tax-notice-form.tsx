"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { applyServerErrors, useValidationMessage } from "@/components/forms/use-server-errors";
import type { ActionResult } from "@/lib/actions/result";
import {
  computeFiscalQuotientCents,
  findBracket,
  parseTaxShares,
  type BracketBounds,
} from "@/lib/quotient";
import { formatEuros } from "@/lib/staff/format";
import { parseEuroAmountCents, taxNoticeSchema, type TaxNoticeInput } from "@/lib/staff/schemas";
import { useBackToInbox } from "./decision-panel";

type Preview = { quotientCents: number; bracketLabel: string };

/**
 * Accepting a tax notice in two steps: staff type the reference income and
 * the shares, see the monthly quotient and bracket computed with the same
 * functions as the server, then confirm. The server computes them again.
 */
export function TaxNoticeForm({
  id,
  year,
  brackets,
  accept,
}: {
  id: string;
  year: number;
  brackets: BracketBounds[];
  accept: (input: TaxNoticeInput) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("admin.review.taxNotice");
  const message = useValidationMessage();
  const backToInbox = useBackToInbox();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TaxNoticeInput>({
    resolver: zodResolver(taxNoticeSchema),
    defaultValues: { id, referenceIncome: "", taxShares: "" },
  });

  // Changing a figure after the preview hides it, so staff always confirm
  // the figures they saw.
  const hidePreview = { onChange: () => setPreview(null) };

  function onCheck(values: TaxNoticeInput) {
    setFormError(undefined);
    const referenceIncomeCents = parseEuroAmountCents(values.referenceIncome);
    const taxShareHundredths = parseTaxShares(values.taxShares);
    if (referenceIncomeCents === null || taxShareHundredths === null) return;
    if (brackets.length === 0) return setFormError(t("noGrid", { year }));
    const quotientCents = computeFiscalQuotientCents({ referenceIncomeCents, taxShareHundredths });
    setPreview({ quotientCents, bracketLabel: findBracket(brackets, quotientCents).label });
  }

  async function onConfirm(values: TaxNoticeInput) {
    const result = await accept(values);
    if (result.ok) return backToInbox();
    setPreview(null);
    setFormError(applyServerErrors(result, setError));
  }

  return (
    <form
      onSubmit={handleSubmit(preview ? onConfirm : onCheck)}
      noValidate
      className="space-y-4 rounded border border-slate-200 bg-white p-4"
    >
      <h3 className="text-lg font-semibold">{t("title")}</h3>
      <p className="text-sm text-slate-700">{t("intro", { year })}</p>
      <FormAlert kind="error" message={formError} />
      <input type="hidden" {...register("id")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("referenceIncome")}
          hint={t("referenceIncomeHint")}
          inputMode="decimal"
          autoComplete="off"
          error={message(errors.referenceIncome?.message)}
          {...register("referenceIncome", hidePreview)}
        />
        <TextField
          label={t("taxShares")}
          hint={t("taxSharesHint")}
          inputMode="decimal"
          autoComplete="off"
          error={message(errors.taxShares?.message)}
          {...register("taxShares", hidePreview)}
        />
      </div>
      {preview ? (
        <div className="space-y-3">
          <p role="status" className="rounded border border-brand-100 bg-brand-50 p-3 font-medium">
            {t("result", {
              quotient: formatEuros(preview.quotientCents),
              bracket: preview.bracketLabel,
            })}
          </p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={isSubmitting} label={t("confirm")} />
            <button
              type="button"
              onClick={() => setPreview(null)}
              className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
            >
              {t("edit")}
            </button>
          </div>
        </div>
      ) : (
        <SubmitButton pending={false} label={t("check")} variant="secondary" />
      )}
    </form>
  );
}
