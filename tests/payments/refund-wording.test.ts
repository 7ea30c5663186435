import { describe, expect, it } from "vitest";

import { loadMessages } from "@/i18n/messages";
import type { PaymentTender } from "@/lib/generated/prisma/enums";

async function refundMessages() {
  const messages = (await loadMessages("fr")) as {
    adminPayments: { refunds: { how: Record<PaymentTender, string> } };
  };
  return messages.adminPayments.refunds;
}

describe("refund instructions", () => {
  it.each([
    { tender: "CASH", says: "en espèces" },
    { tender: "CHEQUE", says: "par chèque ou par virement" },
    { tender: "TRANSFER", says: "par virement" },
    { tender: "ANCV", says: "ne sont pas rendus : remboursez par chèque ou par virement" },
    { tender: "CARD", says: "par chèque ou par virement" },
  ] as { tender: PaymentTender; says: string }[])(
    "$tender says $says",
    async ({ tender, says }) => {
      expect((await refundMessages()).how[tender]).toContain(says);
    },
  );

  it.each(["CHEQUE", "TRANSFER", "ANCV", "CARD"] as PaymentTender[])(
    "%s offers no cash",
    async (tender) => {
      expect((await refundMessages()).how[tender]).not.toContain("espèces");
    },
  );
});
