import { describe, expect, it } from "vitest";

import { enrolmentSchema, normalizePhone } from "@/lib/enrolment/schemas";
import { todayInParis } from "@/lib/dates";

import { enrolmentFormValues } from "../support/enrolment";

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
    expect(parsed.phone).toBe("05 61 22 33 44");
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

  it("accepts today as birth date", () => {
    expect(issuesOf({ birthDate: todayInParis() }).birthDate).toBeUndefined();
  });
});

describe("normalizePhone", () => {
  it.each([
    ["0561223344", "05 61 22 33 44"],
    ["05.61.22.33.44", "05 61 22 33 44"],
    ["+33 6 12 34 56 78", "06 12 34 56 78"],
    ["0033612345678", "06 12 34 56 78"],
  ])("rewrites %s", (typed, expected) => {
    expect(normalizePhone(typed)).toBe(expected);
  });
});
