import { describe, expect, it } from "vitest";

import { enrolmentSchema } from "@/lib/enrolment/schemas";
import { todayInParis } from "@/lib/dates";

import { enrolmentFormValues } from "../support/enrolment";
import { yearsAgo } from "../support/member-fixtures";

/** Parses the values and returns the first message key of each invalid field. */
function issuesOf(overrides: Record<string, unknown>) {
  const result = enrolmentSchema.safeParse(enrolmentFormValues(overrides));
  if (result.success) return {};
  const issues: Record<string, string> = {};
  for (const issue of result.error.issues) issues[issue.path.join(".")] ??= issue.message;
  return issues;
}

describe("enrolmentSchema", () => {
  it("accepts a valid request", () => {
    expect(enrolmentSchema.safeParse(enrolmentFormValues()).success).toBe(true);
  });

  it("normalizes the typed values", () => {
    const parsed = enrolmentSchema.parse(
      enrolmentFormValues({
        firstName: "  Camille ",
        employeeNumber: " ab1234 ",
        phone: "+33 5 61 22 33 44",
      }),
    );
    expect(parsed.firstName).toBe("Camille");
    expect(parsed.employeeNumber).toBe("AB1234");
    expect(parsed.phone).toBe("0561223344");
  });

  const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);

  it.each([
    {
      rule: "first name required",
      overrides: { firstName: "   " },
      field: "firstName",
      key: "required",
    },
    {
      rule: "first name visible",
      overrides: { firstName: "\u200b" },
      field: "firstName",
      key: "person_name",
    },
    {
      rule: "last name on one line",
      overrides: { lastName: "Durand\r\nMartin" },
      field: "lastName",
      key: "person_name",
    },
    {
      rule: "member at least 16 years old",
      overrides: { birthDate: yearsAgo(16, 1) },
      field: "birthDate",
      key: "member_too_young",
    },
    {
      rule: "member born today",
      overrides: { birthDate: todayInParis() },
      field: "birthDate",
      key: "member_too_young",
    },
    {
      rule: "international phone length",
      overrides: { phone: "+33 0 6 12 34 56 78" },
      field: "phone",
      key: "phone",
    },
    {
      rule: "last name length",
      overrides: { lastName: "x".repeat(101) },
      field: "lastName",
      key: "too_long",
    },
    {
      rule: "birth date format",
      overrides: { birthDate: "21/06/1984" },
      field: "birthDate",
      key: "date_invalid",
    },
    {
      rule: "birth date exists",
      overrides: { birthDate: "1984-02-30" },
      field: "birthDate",
      key: "date_invalid",
    },
    {
      rule: "birth date after 1900",
      overrides: { birthDate: "1899-12-31" },
      field: "birthDate",
      key: "date_invalid",
    },
    {
      rule: "birth date not future",
      overrides: { birthDate: tomorrow },
      field: "birthDate",
      key: "date_in_future",
    },
    {
      rule: "employee number characters",
      overrides: { employeeNumber: "12-34" },
      field: "employeeNumber",
      key: "employee_number",
    },
    {
      rule: "employee number length",
      overrides: { employeeNumber: "12" },
      field: "employeeNumber",
      key: "employee_number",
    },
    { rule: "employer required", overrides: { employer: "" }, field: "employer", key: "required" },
    { rule: "status choice", overrides: { status: "STUDENT" }, field: "status", key: "choice" },
    { rule: "e-mail format", overrides: { email: "camille@" }, field: "email", key: "email" },
    { rule: "phone digits", overrides: { phone: "05 61 22 33" }, field: "phone", key: "phone" },
    { rule: "phone prefix", overrides: { phone: "00 61 22 33 44" }, field: "phone", key: "phone" },
    {
      rule: "password length",
      overrides: { password: "court", passwordConfirmation: "court" },
      field: "password",
      key: "password_too_short",
    },
    {
      rule: "passwords match",
      overrides: { passwordConfirmation: "autre-mot-de-passe" },
      field: "passwordConfirmation",
      key: "passwords_differ",
    },
    {
      rule: "address required",
      overrides: { addressLine1: " " },
      field: "addressLine1",
      key: "required",
    },
    {
      rule: "postal code format",
      overrides: { postalCode: "3100" },
      field: "postalCode",
      key: "postal_code",
    },
    {
      rule: "commune required",
      overrides: { communeCode: "" },
      field: "communeCode",
      key: "choice",
    },
    {
      rule: "consent given",
      overrides: { consent: false },
      field: "consent",
      key: "consent_required",
    },
    {
      rule: "consent present",
      overrides: { consent: undefined },
      field: "consent",
      key: "consent_required",
    },
  ])("enforces $rule", ({ overrides, field, key }) => {
    expect(issuesOf(overrides)[field]).toBe(key);
  });

  it("accepts a member 16 today", () => {
    expect(issuesOf({ birthDate: yearsAgo(16) }).birthDate).toBeUndefined();
  });

  it.each([
    { typed: "06 12 34 56 78", stored: "0612345678" },
    { typed: "+33 6 12 34 56 78", stored: "0612345678" },
    { typed: "+32 2 555 12 12", stored: "+3225551212" },
  ])("stores phone $typed as $stored", ({ typed, stored }) => {
    expect(enrolmentSchema.parse(enrolmentFormValues({ phone: typed })).phone).toBe(stored);
  });
});
