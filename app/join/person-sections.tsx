"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";

import { TextField } from "@/components/forms/field";
import { MAX_LENGTH, type EnrolmentFormValues } from "@/lib/enrolment/schemas";

import { StatusField } from "./choice-fields";
import { Section } from "./section";
import { useFieldError } from "./use-field-error";

export function IdentitySection() {
  const t = useTranslations("enrolment");
  const { register } = useFormContext<EnrolmentFormValues>();
  const errorOf = useFieldError();

  return (
    <Section title={t("sections.identity")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("fields.firstName")}
          autoComplete="given-name"
          maxLength={MAX_LENGTH.name}
          error={errorOf("firstName")}
          {...register("firstName")}
        />
        <TextField
          label={t("fields.lastName")}
          autoComplete="family-name"
          maxLength={MAX_LENGTH.name}
          error={errorOf("lastName")}
          {...register("lastName")}
        />
      </div>
      <TextField
        label={t("fields.birthDate")}
        type="date"
        autoComplete="bday"
        min="1900-01-01"
        error={errorOf("birthDate")}
        {...register("birthDate")}
      />
    </Section>
  );
}

/** Renders the employee number, the employer (free text with suggestions) and the status. */
export function EmploymentSection({ employers }: { employers: string[] }) {
  const t = useTranslations("enrolment");
  const { register } = useFormContext<EnrolmentFormValues>();
  const errorOf = useFieldError();

  return (
    <Section title={t("sections.employment")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("fields.employeeNumber")}
          hint={t("fields.employeeNumberHint")}
          autoComplete="off"
          maxLength={20}
          error={errorOf("employeeNumber")}
          {...register("employeeNumber")}
        />
        <TextField
          label={t("fields.employer")}
          hint={t("fields.employerHint")}
          list="employer-suggestions"
          autoComplete="organization"
          maxLength={MAX_LENGTH.employer}
          error={errorOf("employer")}
          {...register("employer")}
        />
        <datalist id="employer-suggestions">
          {employers.map((employer) => (
            <option key={employer} value={employer} />
          ))}
        </datalist>
      </div>
      <StatusField />
    </Section>
  );
}

/** Renders the contact details and the password of the new account. */
export function AccountSection() {
  const t = useTranslations("enrolment");
  const { register } = useFormContext<EnrolmentFormValues>();
  const errorOf = useFieldError();

  return (
    <Section title={t("sections.account")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("fields.email")}
          hint={t("fields.emailHint")}
          type="email"
          autoComplete="email"
          maxLength={MAX_LENGTH.email}
          error={errorOf("email")}
          {...register("email")}
        />
        <TextField
          label={t("fields.phone")}
          hint={t("fields.phoneHint")}
          type="tel"
          autoComplete="tel"
          error={errorOf("phone")}
          {...register("phone")}
        />
        <TextField
          label={t("fields.password")}
          hint={t("fields.passwordHint")}
          type="password"
          autoComplete="new-password"
          maxLength={MAX_LENGTH.password}
          error={errorOf("password")}
          {...register("password")}
        />
        <TextField
          label={t("fields.passwordConfirmation")}
          type="password"
          autoComplete="new-password"
          maxLength={MAX_LENGTH.password}
          error={errorOf("passwordConfirmation")}
          {...register("passwordConfirmation")}
        />
      </div>
    </Section>
  );
}
