"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { createChildAction } from "@/app/account/household/actions";
import { DependantFields } from "@/components/account/dependant-fields";
import { DependantFormFrame } from "@/components/account/dependant-form-frame";
import { useActionStatus } from "@/components/account/use-action-status";
import { Field, inputClassName } from "@/components/forms/field";
import { FileField } from "@/components/forms/file-field";
import { useValidationMessage } from "@/components/forms/use-server-errors";
import { DOCUMENT_INPUT_ACCEPT } from "@/lib/documents/schemas";
import {
  CHILD_PROOF_TYPES,
  newChildFormSchema,
  type NewChildFormValues,
} from "@/lib/household/schemas";

/**
 * Adds a child with its family record book or birth certificate. The
 * fields and the file go in one multipart request, so the server writes the
 * child and its document together or not at all.
 */
export function NewChildForm({
  onDone,
  onCancel,
}: {
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("account");
  const validationMessage = useValidationMessage();
  const form = useForm<NewChildFormValues>({
    resolver: zodResolver(newChildFormSchema),
    defaultValues: {
      relation: "CHILD",
      firstName: "",
      lastName: "",
      birthDate: "",
      disability: false,
      notes: "",
    },
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const formData = new FormData();
    formData.set("firstName", values.firstName);
    formData.set("lastName", values.lastName);
    formData.set("birthDate", values.birthDate);
    formData.set("disability", String(values.disability));
    formData.set("notes", values.notes);
    formData.set("proofType", values.proofType);
    formData.set("proofFile", values.proofFile[0]);

    const name = `${values.firstName} ${values.lastName}`;
    const message = await run(
      () => createChildAction(formData),
      () => t("household.dependants.created", { name }),
    );
    if (message) onDone(message);
  });

  return (
    <DependantFormFrame
      onSubmit={onSubmit}
      status={status}
      pending={isSubmitting}
      submitLabel={t("household.dependantForm.submitCreate")}
      onCancel={onCancel}
    >
      <DependantFields relation="CHILD" register={(name) => form.register(name)} errors={errors} />
      <fieldset className="space-y-3 rounded border border-slate-300 bg-white p-3">
        <legend className="px-1 text-sm font-semibold">
          {t("household.dependantForm.proofLegend")}
        </legend>
        <Field
          label={t("household.dependantForm.proofType")}
          error={validationMessage(errors.proofType?.message)}
        >
          {(aria) => (
            <select
              {...aria}
              {...form.register("proofType")}
              defaultValue=""
              className={inputClassName}
            >
              <option value="" disabled>
                {t("household.dependantForm.proofTypePlaceholder")}
              </option>
              {CHILD_PROOF_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`documentType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FileField
          label={t("household.dependantForm.proofFile")}
          hint={t("household.dependantForm.proofHint")}
          error={validationMessage(errors.proofFile?.message)}
          accept={DOCUMENT_INPUT_ACCEPT}
          {...form.register("proofFile")}
        />
      </fieldset>
    </DependantFormFrame>
  );
}
