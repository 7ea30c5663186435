"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";

import { createSpouseAction, updateDependantAction } from "@/app/account/household/actions";
import { DependantFields } from "@/components/account/dependant-fields";
import { DependantFormFrame } from "@/components/account/dependant-form-frame";
import { useActionStatus } from "@/components/account/use-action-status";
import { dependantSchema, type DependantInput } from "@/lib/household/schemas";

type Props = {
  /** The dependant to edit, or null to add a spouse or partner. */
  dependant: { id: string; status: string; values: DependantInput } | null;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/**
 * Adds a spouse or partner, or edits a spouse or a child. A child is added
 * with NewChildForm, which also sends its proof.
 */
export function DependantForm({ dependant, onDone, onCancel }: Props) {
  const t = useTranslations("account.household");
  const form = useForm<DependantInput>({
    resolver: zodResolver(dependantSchema),
    defaultValues: dependant?.values ?? {
      relation: "SPOUSE",
      firstName: "",
      lastName: "",
      birthDate: "",
      disability: false,
      notes: "",
    },
  });
  const { status, run } = useActionStatus(form.setError);
  const { errors, isSubmitting } = form.formState;
  const relation = dependant?.values.relation ?? "SPOUSE";

  const onSubmit = form.handleSubmit(async (values) => {
    const name = `${values.firstName} ${values.lastName}`;
    const message = dependant
      ? await run(
          () => updateDependantAction(dependant.id, values),
          (data) =>
            data.sentBackToReview
              ? t("dependants.sentBackToReview", { name })
              : t("dependants.updated"),
        )
      : await run(
          () => createSpouseAction(values),
          () => t("dependants.created", { name }),
        );
    if (message) onDone(message);
  });

  return (
    <DependantFormFrame
      onSubmit={onSubmit}
      status={status}
      pending={isSubmitting}
      submitLabel={dependant ? t("dependantForm.submitUpdate") : t("dependantForm.submitCreate")}
      onCancel={onCancel}
    >
      {dependant && dependant.status !== "PENDING" && (
        <p
          role="note"
          className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {t("dependantForm.reviewWarning")}
        </p>
      )}
      <DependantFields
        relation={relation}
        register={(name) => form.register(name)}
        errors={errors}
      />
    </DependantFormFrame>
  );
}
