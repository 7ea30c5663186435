"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { uploadDocumentAction } from "@/app/account/documents/actions";
import { useActionStatus } from "@/components/account/use-action-status";
import { Field, inputClassName } from "@/components/forms/field";
import { FileField } from "@/components/forms/file-field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import {
  DOCUMENT_INPUT_ACCEPT,
  DOCUMENT_TYPES,
  uploadDocumentFormSchema,
  type UploadDocumentFormValues,
} from "@/lib/documents/schemas";

type Option = { value: string; label: string };

/** Sends one supporting document: its type, year, the person it concerns and the file. */
export function UploadDocumentForm({
  years,
  people,
  initialType,
}: {
  years: number[];
  people: Option[];
  initialType?: (typeof DOCUMENT_TYPES)[number];
}) {
  const t = useTranslations("account");
  const validationMessage = useValidationMessage();
  const form = useForm<UploadDocumentFormValues>({
    resolver: zodResolver(uploadDocumentFormSchema),
    defaultValues: { type: initialType, year: String(years[0]), person: "household" },
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const formData = new FormData();
    formData.set("type", values.type);
    formData.set("year", values.year);
    formData.set("person", values.person);
    formData.set("file", values.file[0]);
    const message = await run(
      () => uploadDocumentAction(formData),
      () => t("documents.form.uploaded"),
    );
    if (message) form.resetField("file");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert kind={status?.kind ?? "error"} message={status?.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("documents.form.type")} error={validationMessage(errors.type?.message)}>
          {(aria) => (
            // defaultValue lets the server-rendered HTML show the type
            // before react-hook-form takes over on hydration.
            <select
              {...aria}
              {...form.register("type")}
              defaultValue={initialType ?? ""}
              className={inputClassName}
            >
              <option value="">{t("documents.form.typePlaceholder")}</option>
              {DOCUMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`documentType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("documents.form.year")}
          hint={t("documents.form.yearHint")}
          error={validationMessage(errors.year?.message)}
        >
          {(aria) => (
            <select {...aria} {...form.register("year")} className={inputClassName}>
              {years.map((year) => (
                <option key={year} value={String(year)}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t("documents.form.person")} error={validationMessage(errors.person?.message)}>
        {(aria) => (
          <select {...aria} {...form.register("person")} className={inputClassName}>
            {people.map((person) => (
              <option key={person.value} value={person.value}>
                {person.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FileField
        label={t("documents.form.file")}
        hint={t("documents.form.fileHint")}
        error={validationMessage(errors.file?.message)}
        accept={DOCUMENT_INPUT_ACCEPT}
        {...form.register("file")}
      />
      <SubmitButton
        pending={isSubmitting}
        label={t("documents.form.submit")}
        pendingLabel={t("documents.form.pending")}
      />
    </form>
  );
}
