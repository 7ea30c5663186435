"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";

import { createSessionAction, updateSessionAction } from "@/app/admin/offers/actions";
import { useActionStatus } from "@/components/account/use-action-status";
import { Field, inputClassName, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import { sessionSchema, type SessionInput } from "@/lib/catalogue/schemas";
import { BookingMode, SessionAudience } from "@/lib/generated/prisma/enums";

/**
 * Creates a session of an offer (sessionId null) or edits one. `booked` is
 * the number of confirmed and offered places, the lowest capacity allowed.
 */
export function SessionForm({
  offerId,
  sessionId,
  booked,
  values,
}: {
  offerId: string;
  sessionId: string | null;
  booked: number;
  values: SessionInput;
}) {
  const t = useTranslations("adminOffers");
  const validationMessage = useValidationMessage();
  const router = useRouter();
  const form = useForm<SessionInput>({
    resolver: zodResolver(sessionSchema),
    defaultValues: values,
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    if (sessionId === null) {
      const done = await run(
        () => createSessionAction(offerId, input),
        () => t("session.created"),
      );
      if (done) router.push(`/admin/offers/${offerId}`);
      return;
    }
    await run(
      () => updateSessionAction(sessionId, input, values),
      () => t("session.saved"),
    );
    router.refresh();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
    >
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      <TextField
        label={t("session.label")}
        maxLength={200}
        error={validationMessage(errors.label?.message)}
        {...form.register("label")}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("session.startDate")}
          type="date"
          error={validationMessage(errors.startDate?.message)}
          {...form.register("startDate")}
        />
        <TextField
          label={t("session.endDate")}
          type="date"
          error={validationMessage(errors.endDate?.message)}
          {...form.register("endDate")}
        />
        <TextField
          label={t("session.capacity")}
          inputMode="numeric"
          hint={t("session.capacityHint", { booked })}
          error={validationMessage(errors.capacity?.message)}
          {...form.register("capacity")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("session.audience")} error={validationMessage(errors.audience?.message)}>
          {(aria) => (
            <select {...aria} {...form.register("audience")} className={inputClassName}>
              {Object.values(SessionAudience).map((audience) => (
                <option key={audience} value={audience}>
                  {t(`audience.${audience}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label={t("session.minAge")}
          inputMode="numeric"
          hint={t("session.agesHint")}
          error={validationMessage(errors.minAge?.message)}
          {...form.register("minAge")}
        />
        <TextField
          label={t("session.maxAge")}
          inputMode="numeric"
          error={validationMessage(errors.maxAge?.message)}
          {...form.register("maxAge")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("session.adultPrice")}
          inputMode="decimal"
          hint={t("session.priceHint")}
          error={validationMessage(errors.adultPrice?.message)}
          {...form.register("adultPrice")}
        />
        <TextField
          label={t("session.childPrice")}
          inputMode="decimal"
          hint={t("session.priceHint")}
          error={validationMessage(errors.childPrice?.message)}
          {...form.register("childPrice")}
        />
      </div>
      <Field label={t("session.mode")} error={validationMessage(errors.mode?.message)}>
        {(aria) => (
          <select {...aria} {...form.register("mode")} className={`${inputClassName} sm:max-w-md`}>
            {Object.values(BookingMode).map((mode) => (
              <option key={mode} value={mode}>
                {t(`mode.${mode}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("session.bookingOpensAt")}
          type="datetime-local"
          hint={t("session.windowHint")}
          error={validationMessage(errors.bookingOpensAt?.message)}
          {...form.register("bookingOpensAt")}
        />
        <TextField
          label={t("session.bookingClosesAt")}
          type="datetime-local"
          hint={t("session.windowHint")}
          error={validationMessage(errors.bookingClosesAt?.message)}
          {...form.register("bookingClosesAt")}
        />
        <TextField
          label={t("session.cancellationDeadline")}
          type="date"
          error={validationMessage(errors.cancellationDeadline?.message)}
          {...form.register("cancellationDeadline")}
        />
      </div>
      <SubmitButton
        pending={isSubmitting}
        label={sessionId === null ? t("session.submitCreate") : t("session.submitSave")}
        pendingLabel={t("form.saving")}
      />
    </form>
  );
}
