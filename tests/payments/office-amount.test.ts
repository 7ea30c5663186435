import { describe, expect, it } from "vitest";

import validationMessages from "@/messages/fr/validation.json";
import { officePaymentsSchema, parsePaymentAmountCents } from "@/lib/payments/office/schemas";

const blankTender = {
  chequeBank: "",
  chequeNumber: "",
  chequeHolder: "",
  transferReference: "",
  vouchers: [],
};

const amountCases: { input: string; cents: number | null }[] = [
  { input: "120", cents: 12_000 },
  { input: "120,50", cents: 12_050 },
  { input: "120.5", cents: 12_050 },
  { input: "1 200,50", cents: 120_050 },
  { input: "100000", cents: 10_000_000 },
  { input: "100000,01", cents: null },
  { input: "99999999999999999", cents: null },
  { input: "1e3", cents: null },
  { input: "10,555", cents: null },
  { input: "0", cents: null },
  { input: "-5", cents: null },
];

describe("office payment amount", () => {
  it.each(amountCases)("parses $input as $cents", ({ input, cents }) => {
    expect(parsePaymentAmountCents(input)).toBe(cents);

    const parsed = officePaymentsSchema.safeParse({
      bookingId: "b1",
      tenders: [{ tender: "CASH", amount: input, ...blankTender }],
    });
    const messages = parsed.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(cents === null ? ["payment_amount"] : []);
  });

  it("names the format and the maximum in its message", () => {
    const message = validationMessages.payment_amount;

    expect(message).toContain("100 000");
    expect(message).toContain("0,01");
    expect(message).toContain("deux décimales");
    expect(message).toContain("120,50");
  });
});
