"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormProvider, useForm, type DefaultValues, type Path } from "react-hook-form";
import type { z } from "zod";

import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { applyServerErrors } from "@/components/forms/use-server-errors";
import type { Commune } from "@/lib/communes";
import { enrolmentFormSchema, type EnrolmentFormValues } from "@/lib/enrolment/schemas";

import { submitEnrolmentAction } from "./actions";
import { AddressFields } from "./address-fields";
import { ConsentField, ProofField } from "./choice-fields";
import { AccountSection, EmploymentSection, IdentitySection } from "./person-sections";
import { Section } from "./section";

type EnrolmentFormOutput = z.output<typeof enrolmentFormSchema>;

const EMPTY_VALUES: DefaultValues<EnrolmentFormValues> = {
  firstName: "",
  lastName: "",
  birthDate: "",
  employeeNumber: "",
  employer: "",
  status: "ACTIVE",
  email: "",
  phone: "",
  password: "",
  passwordConfirmation: "",
  addressLine1: "",
  addressLine2: "",
  postalCode: "",
  communeCode: "",
  consent: false,
};

/** Builds the multipart body of the server action: every field as text, and the proof file. */
function toFormData(values: EnrolmentFormOutput) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values)) {
    if (name !== "proof") formData.append(name, String(value ?? ""));
  }
  formData.append("proof", values.proof[0]);
  return formData;
}

export function EnrolmentForm({
  communes,
  employers,
}: {
  communes: Commune[];
  employers: string[];
}) {
  const t = useTranslations("enrolment");
  const router = useRouter();
  const [formMessage, setFormMessage] = useState<string>();
  const form = useForm<EnrolmentFormValues, unknown, EnrolmentFormOutput>({
    resolver: zodResolver(enrolmentFormSchema),
    defaultValues: EMPTY_VALUES,
    mode: "onTouched",
  });
  const { handleSubmit, setError, setFocus, resetField, formState } = form;

  async function onSubmit(values: EnrolmentFormOutput) {
    setFormMessage(undefined);
    const result = await submitEnrolmentAction(toFormData(values));
    if (result.ok) {
      router.push("/join/confirmation");
      return;
    }
    // A rejected file must be chosen again; every other value stays as typed.
    if (result.fieldErrors.proof) resetField("proof");
    const message = applyServerErrors(result, setError);
    const firstField = Object.keys(result.fieldErrors)[0];
    // Each field shows its own message, so the form-level alert only
    // summarises instead of repeating it.
    setFormMessage(firstField ? t("fixFields") : message);
    if (firstField) setFocus(firstField as Path<EnrolmentFormValues>);
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-6">
        <IdentitySection />
        <EmploymentSection employers={employers} />
        <AccountSection />
        <Section title={t("sections.address")}>
          <AddressFields communes={communes} />
        </Section>
        <Section title={t("sections.proof")}>
          <ProofField />
        </Section>
        <Section title={t("sections.consent")}>
          <ConsentField />
        </Section>
        <FormAlert kind="error" message={formMessage} />
        <SubmitButton
          pending={formState.isSubmitting}
          label={t("submit")}
          pendingLabel={t("submitting")}
        />
      </form>
    </FormProvider>
  );
}
