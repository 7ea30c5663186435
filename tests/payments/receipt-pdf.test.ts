import { describe, expect, it } from "vitest";

import { currentYear } from "@/lib/dates";
import { db } from "@/lib/db";
import type { StaffSector } from "@/lib/generated/prisma/enums";
import {
  memberAttestationPdf,
  memberReceiptPdf,
  staffReceiptPdf,
} from "@/lib/payments/receipts/receipt-files";
import { createRefund } from "@/lib/payments/create-refund";
import { expectDomainError } from "../support/expect-domain-error";
import { createStaffUser } from "../support/factories";
import { createPayableBooking, createReceivedPayment } from "../support/payment-factories";
import { pdfText } from "../support/pdf-text";

/** Formats cents as the PDF prints them: "1 234,50 €" with plain spaces. */
function euros(cents: number) {
  return new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" })
    .format(cents / 100)
    .replace(/[\u00a0\u202f]/g, " ");
}

describe("payment receipt", () => {
  it("prints the split and this payment", async () => {
    const { booking, family } = await createPayableBooking({ memberShareCents: 30_000 });
    const cheque = await createReceivedPayment(booking.id, {
      tender: "CHEQUE",
      amountCents: 12_000,
      chequeBank: "Banque Populaire Occitane",
      chequeNumber: "0045871",
      chequeHolder: "Durand",
    });

    const file = await memberReceiptPdf(family.actor, cheque.id);
    const text = await pdfText(file.bytes);

    expect(file.fileName).toBe(`recu-${cheque.receiptNumber}.pdf`);
    expect(text).toContain(`Reçu de paiement n° ${cheque.receiptNumber}`);
    expect(text).toContain(booking.reference);
    expect(text).toContain("Part COS");
    expect(text).toContain(euros(40_000));
    expect(text).toContain(euros(10_000));
    expect(text).toContain(euros(30_000));
    expect(text).toContain("Chèque n° 0045871");
    expect(text).toMatch(new RegExp(`Montant\\n${euros(12_000)}`));
    expect(text).toMatch(new RegExp(`Total versé à cette date\\n${euros(12_000)}`));
    expect(text).toMatch(new RegExp(`Reste à payer à cette date\\n${euros(18_000)}`));
  });

  it("totals payments up to this one", async () => {
    const { booking, family } = await createPayableBooking({ memberShareCents: 30_000 });
    const first = await createReceivedPayment(booking.id, { amountCents: 10_000 });
    const second = await createReceivedPayment(booking.id, {
      tender: "ANCV",
      amountCents: 5_000,
      vouchers: [
        { serialNumber: `S${Date.now()}1`, faceValueCents: 2_500 },
        { serialNumber: `S${Date.now()}2`, faceValueCents: 2_500 },
      ],
    });

    const firstText = await pdfText((await memberReceiptPdf(family.actor, first.id)).bytes);
    const secondText = await pdfText((await memberReceiptPdf(family.actor, second.id)).bytes);

    expect(firstText).toMatch(new RegExp(`Total versé à cette date\\n${euros(10_000)}`));
    expect(secondText).toMatch(new RegExp(`Total versé à cette date\\n${euros(15_000)}`));
    expect(secondText).toMatch(new RegExp(`Reste à payer à cette date\\n${euros(15_000)}`));
    expect(secondText).toContain(`n° S`);
  });

  it("lists refunds made through this payment", async () => {
    const { booking, family } = await createPayableBooking({ memberShareCents: 30_000 });
    const card = await createReceivedPayment(booking.id, { tender: "CARD", amountCents: 30_000 });
    await db.$transaction((tx) =>
      createRefund(tx, { payment: card, amountCents: 7_500, reason: "staff", createdById: null }),
    );

    const text = await pdfText((await memberReceiptPdf(family.actor, card.id)).bytes);

    expect(text).toContain("Remboursements de ce paiement");
    expect(text).toMatch(new RegExp(`${euros(7_500)}, décidé le \\d{2}/\\d{2}/\\d{4}, en cours`));
  });

  it("hides another household's payment", async () => {
    const { booking } = await createPayableBooking();
    const other = await createPayableBooking();
    const payment = await createReceivedPayment(booking.id, { amountCents: 1_000 });

    await expectDomainError(memberReceiptPdf(other.family.actor, payment.id), "not_found");
  });

  it("hides a payment not received", async () => {
    const { booking, family } = await createPayableBooking();
    const pending = await db.payment.create({
      data: {
        bookingId: booking.id,
        householdId: booking.householdId,
        tender: "CARD",
        status: "PENDING",
        amountCents: 30_000,
      },
    });

    await expectDomainError(memberReceiptPdf(family.actor, pending.id), "not_found");
  });

  it.each([
    { sectors: ["PRESTATIONS_CAISSE_PRETS"], allowed: true },
    { sectors: ["DIRECTION"], allowed: true },
    { sectors: ["VACANCES_SPORTS_LOISIRS"], allowed: true },
    { sectors: ["FICHIER_ADHESIONS"], allowed: false },
    { sectors: ["ACTION_SOCIALE"], allowed: false },
  ] as { sectors: StaffSector[]; allowed: boolean }[])(
    "staff $sectors allowed: $allowed",
    async ({ sectors, allowed }) => {
      const { booking } = await createPayableBooking({ kind: "TRIP" });
      const payment = await createReceivedPayment(booking.id, { amountCents: 1_000 });
      const staff = await createStaffUser(sectors);

      const receipt = staffReceiptPdf(staff.actor, payment.id);

      if (allowed) {
        expect(await pdfText((await receipt).bytes)).toContain(payment.receiptNumber!);
      } else {
        await expectDomainError(receipt, "not_found");
      }
    },
  );
});

describe("yearly attestation", () => {
  it("totals the year's payments and refunds", async () => {
    const { booking, family } = await createPayableBooking({ memberShareCents: 30_000 });
    await createReceivedPayment(booking.id, { amountCents: 20_000, tender: "CARD" });
    const cash = await createReceivedPayment(booking.id, { amountCents: 10_000 });
    const refund = await db.$transaction((tx) =>
      createRefund(tx, {
        payment: cash,
        amountCents: 4_000,
        reason: "staff",
        createdById: null,
      }),
    );
    // Only a refund paid back counts, on the day it was paid back.
    await db.refund.update({
      where: { id: refund.id },
      data: { status: "ISSUED", issuedAt: new Date() },
    });
    const year = currentYear();

    const file = await memberAttestationPdf(family.actor, String(year));
    const text = await pdfText(file.bytes);

    expect(file.fileName).toBe(`attestation-paiements-${year}.pdf`);
    expect(text).toContain(`Attestation de paiements ${year}`);
    expect(text).toContain(booking.reference);
    expect(text).toContain(`part COS ${euros(10_000)}, part adhérent ${euros(30_000)}`);
    expect(text).toMatch(new RegExp(`Total versé\\n${euros(30_000)}`));
    expect(text).toMatch(new RegExp(`Total remboursé\\n${euros(4_000)}`));
    expect(text).toMatch(new RegExp(`Total versé net\\n${euros(26_000)}`));
    expect(text).toMatch(new RegExp(`Part COS des réservations\\n${euros(10_000)}`));
  });

  it.each(["CANCELLED", "EXPIRED", "REFUSED"] as const)(
    "shows no subsidy for a %s booking",
    async (status) => {
      const { booking, family } = await createPayableBooking({ memberShareCents: 30_000 });
      const paid = await createReceivedPayment(booking.id, { amountCents: 30_000, tender: "CARD" });
      // A late payment refunded in full once the booking no longer went ahead.
      await db.booking.update({ where: { id: booking.id }, data: { status } });
      const refund = await db.$transaction((tx) =>
        createRefund(tx, {
          payment: paid,
          amountCents: 30_000,
          reason: "late_payment",
          createdById: null,
        }),
      );
      await db.refund.update({
        where: { id: refund.id },
        data: { status: "ISSUED", issuedAt: new Date() },
      });

      const file = await memberAttestationPdf(family.actor, String(currentYear()));
      const text = await pdfText(file.bytes);

      expect(text).toContain(booking.reference);
      expect(text).not.toContain(`part COS ${euros(10_000)}`);
      expect(text).toContain(`part adhérent ${euros(30_000)}`);
      expect(text).toContain("aucune part COS n'a été versée");
      expect(text).toMatch(new RegExp(`Part COS des réservations\\n${euros(0)}`));
    },
  );

  it("leaves out other households", async () => {
    const { booking } = await createPayableBooking();
    await createReceivedPayment(booking.id, { amountCents: 1_000 });
    const other = await createPayableBooking();

    const text = await pdfText(
      (await memberAttestationPdf(other.family.actor, String(currentYear()))).bytes,
    );

    expect(text).not.toContain(booking.reference);
    expect(text).toContain(`Aucun paiement reçu en ${currentYear()}.`);
  });

  it.each(["1999", "abcd", String(currentYear() + 1), "20261"])("rejects year %s", async (year) => {
    const { family } = await createPayableBooking();

    await expectDomainError(memberAttestationPdf(family.actor, year), "not_found");
  });
});
