"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";

import { createOfferAction, updateOfferAction } from "@/app/admin/offers/actions";
import { useActionStatus } from "@/components/account/use-action-status";
import { Field, inputClassName, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import {
  BRACKET_POSITIONS,
  MAX_CANCELLATION_TIERS,
  offerSchema,
  type OfferInput,
} from "@/lib/catalogue/schemas";
import type { OfferKind } from "@/lib/generated/prisma/enums";

const sectionClass = "space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6";

/** Creates an offer (offerId null) or edits one, with its subsidy per bracket and cancellation scale. */
export function OfferForm({
  offerId,
  kinds,
  values,
}: {
  offerId: string | null;
  kinds: OfferKind[];
  values: OfferInput;
}) {
  const t = useTranslations("adminOffers");
  const tInstalments = useTranslations("instalments.offerForm");
  const validationMessage = useValidationMessage({ max: MAX_CANCELLATION_TIERS });
  const router = useRouter();
  const form = useForm<OfferInput>({ resolver: zodResolver(offerSchema), defaultValues: values });
  const tiers = useFieldArray({ control: form.control, name: "cancellationTiers" });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;
  const subsidyKind = useWatch({ control: form.control, name: "subsidyKind" });

  const onSubmit = form.handleSubmit(async (input) => {
    if (offerId === null) {
      let createdId: string | null = null;
      await run(
        () => createOfferAction(input),
        (data) => {
          createdId = data.id;
          return t("offer.created");
        },
      );
      if (createdId) router.push(`/admin/offers/${createdId}`);
      return;
    }
    await run(
      () => updateOfferAction(offerId, input),
      () => t("offer.saved"),
    );
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      <fieldset className={sectionClass}>
        <legend className="text-lg font-semibold">{t("form.general")}</legend>
        <Field label={t("form.kind")} error={validationMessage(errors.kind?.message)}>
          {(aria) => (
            <select {...aria} {...form.register("kind")} className={inputClassName}>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t("form.title")}
          maxLength={200}
          error={validationMessage(errors.title?.message)}
          {...form.register("title")}
        />
        <TextField
          label={t("form.slug")}
          hint={t("form.slugHint")}
          maxLength={100}
          error={validationMessage(errors.slug?.message)}
          {...form.register("slug")}
        />
        <Field label={t("form.description")} error={validationMessage(errors.description?.message)}>
          {(aria) => (
            <textarea
              {...aria}
              rows={5}
              {...form.register("description")}
              className={inputClassName}
            />
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t("form.organiser")}
            error={validationMessage(errors.organiser?.message)}
            {...form.register("organiser")}
          />
          <TextField
            label={t("form.venue")}
            error={validationMessage(errors.venue?.message)}
            {...form.register("venue")}
          />
          <TextField
            label={t("form.placeLabel")}
            error={validationMessage(errors.placeLabel?.message)}
            {...form.register("placeLabel")}
          />
          <div className="grid grid-cols-2 gap-3">
            <TextField
              label={t("form.communeCode")}
              maxLength={5}
              error={validationMessage(errors.communeCode?.message)}
              {...form.register("communeCode")}
            />
            <TextField
              label={t("form.departmentCode")}
              maxLength={3}
              error={validationMessage(errors.departmentCode?.message)}
              {...form.register("departmentCode")}
            />
          </div>
        </div>
        <Field label={t("form.priceNote")} error={validationMessage(errors.priceNote?.message)}>
          {(aria) => (
            <textarea
              {...aria}
              rows={3}
              {...form.register("priceNote")}
              className={inputClassName}
            />
          )}
        </Field>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className="text-lg font-semibold">{t("form.subsidy")}</legend>
        <p className="text-sm text-slate-700">{t("form.subsidyHint")}</p>
        <Field label={t("form.subsidyKind")} error={validationMessage(errors.subsidyKind?.message)}>
          {(aria) => (
            <select
              {...aria}
              {...form.register("subsidyKind")}
              className={`${inputClassName} sm:max-w-xs`}
            >
              <option value="RATE">{t("subsidyKind.RATE")}</option>
              <option value="AMOUNT">{t("subsidyKind.AMOUNT")}</option>
            </select>
          )}
        </Field>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {BRACKET_POSITIONS.map((position, index) => (
            <TextField
              key={position}
              label={`${t("form.bracket", { position })} (${subsidyKind === "RATE" ? "%" : "€"})`}
              inputMode="decimal"
              error={validationMessage(errors.subsidies?.[index]?.message)}
              {...form.register(`subsidies.${index}`)}
            />
          ))}
        </div>
        <TextField
          label={t("form.subsidyCap")}
          hint={t("form.subsidyCapHint")}
          inputMode="decimal"
          className={`${inputClassName} sm:max-w-xs`}
          error={validationMessage(errors.subsidyCap?.message)}
          {...form.register("subsidyCap")}
        />
        <TextField
          label={tInstalments("threshold")}
          hint={tInstalments("thresholdHint")}
          inputMode="decimal"
          className={`${inputClassName} sm:max-w-xs`}
          error={validationMessage(errors.instalmentThreshold?.message)}
          {...form.register("instalmentThreshold")}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className="text-lg font-semibold">{t("form.cancellation")}</legend>
        <p className="text-sm text-slate-700">{t("form.cancellationHint")}</p>
        {validationMessage(errors.cancellationTiers?.message) && (
          <p className="text-sm font-medium text-red-700">
            {validationMessage(errors.cancellationTiers?.message)}
          </p>
        )}
        <ul className="space-y-3">
          {tiers.fields.map((tier, index) => (
            <li key={tier.id} className="grid grid-cols-[1fr_1fr_auto] items-end gap-3">
              <TextField
                label={t("form.daysBefore")}
                inputMode="numeric"
                error={validationMessage(errors.cancellationTiers?.[index]?.daysBefore?.message)}
                {...form.register(`cancellationTiers.${index}.daysBefore`)}
              />
              <TextField
                label={t("form.retainedPercent")}
                inputMode="numeric"
                error={validationMessage(
                  errors.cancellationTiers?.[index]?.retainedPercent?.message,
                )}
                {...form.register(`cancellationTiers.${index}.retainedPercent`)}
              />
              <button
                type="button"
                onClick={() => tiers.remove(index)}
                aria-label={t("form.removeTier", { index: index + 1 })}
                className="mb-1 rounded border border-slate-300 px-3 py-2 hover:bg-slate-100"
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
        {tiers.fields.length < MAX_CANCELLATION_TIERS && (
          <button
            type="button"
            onClick={() => tiers.append({ daysBefore: "", retainedPercent: "" })}
            className="rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100"
          >
            {t("form.addTier")}
          </button>
        )}
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className="text-lg font-semibold">{t("form.staff")}</legend>
        <Field label={t("form.sourceUrls")} error={validationMessage(errors.sourceUrls?.message)}>
          {(aria) => (
            <textarea
              {...aria}
              rows={3}
              {...form.register("sourceUrls")}
              className={inputClassName}
            />
          )}
        </Field>
        <Field label={t("form.sourceNote")} error={validationMessage(errors.sourceNote?.message)}>
          {(aria) => (
            <textarea
              {...aria}
              rows={3}
              {...form.register("sourceNote")}
              className={inputClassName}
            />
          )}
        </Field>
      </fieldset>

      <SubmitButton
        pending={isSubmitting}
        label={offerId === null ? t("form.submitCreate") : t("form.submitSave")}
        pendingLabel={t("form.saving")}
      />
    </form>
  );
}
