import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { closeCashDesk, openCashDesk } from "@/lib/payments/cash-desk";
import { createRefund } from "@/lib/payments/create-refund";
import { recordOfficePayments } from "@/lib/payments/office/record-office-payments";
import { markRefundIssued } from "@/lib/payments/staff-views-refunds";
import { closeCheckoutPayment } from "@/lib/payments/stripe/close-checkout";
import { auditFieldLabelKey, auditValueKey } from "@/lib/staff/audit-view";
import { adminMessage } from "../support/admin-messages";
import { createStaffUser, uniqueSuffix } from "../support/factories";
import { createPayableBooking } from "../support/payment-factories";

/** Fields whose values are codes that the audit log must show in French. */
const CODE_FIELDS = ["status", "tender", "reason"];

/** Payment fields that booking entries record (cancellation, hold, instalments). */
const BOOKING_PAYMENT_FIELDS = [
  "holdExpiresAt",
  "refundedCents",
  "refundCents",
  "cancellationFeeCents",
  "feeWaived",
  "instalmentCount",
  "schedule",
];

function fieldsOf(side: unknown) {
  return typeof side === "object" && side !== null ? Object.entries(side) : [];
}

/** Takes office payments, refunds one, issues it and closes the desk. */
async function runOfficeDay() {
  const staff = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
  const desk = await openCashDesk(staff.actor, 5_000);
  const { booking } = await createPayableBooking({ memberShareCents: 30_000 });
  const serialNumber = `AUD${Date.now()}${uniqueSuffix()}`.toUpperCase();
  await recordOfficePayments(staff.actor, booking.id, [
    {
      tender: "CHEQUE",
      amountCents: 10_000,
      chequeBank: "Banque Populaire",
      chequeNumber: "1234567",
      chequeHolder: "Camille Test",
    },
    { tender: "ANCV", vouchers: [{ serialNumber, faceValueCents: 5_000 }] },
    { tender: "CASH", amountCents: 5_000 },
  ]);

  const cash = await db.payment.findFirstOrThrow({
    where: { bookingId: booking.id, tender: "CASH" },
  });
  const refund = await db.$transaction((tx) =>
    createRefund(tx, { payment: cash, amountCents: 2_000, reason: "staff", createdById: null }),
  );
  await markRefundIssued(staff.actor, refund.id, "Espèces remises");

  const card = await db.payment.create({
    data: {
      bookingId: booking.id,
      householdId: booking.householdId,
      tender: "CARD",
      status: "PENDING",
      amountCents: 10_000,
    },
  });
  await db.$transaction((tx) => closeCheckoutPayment(tx, card.id, "checkout.session.expired"));

  await closeCashDesk(staff.actor, {
    countedCashCents: 9_000,
    countedChequeCents: 10_000,
    countedAncvCents: 5_000,
    note: "Billet manquant",
  });

  return db.auditEntry.findMany({
    where: { OR: [{ householdId: booking.householdId }, { entityId: desk.id }] },
  });
}

describe("payment audit labels", () => {
  it("labels every field in French", async () => {
    const entries = await runOfficeDay();

    const actions = entries.map((entry) => entry.action);
    expect(actions).toContain("payment.received");
    expect(actions).toContain("refund.issued");
    expect(actions).toContain("cash_desk.closed");
    for (const entry of entries) {
      for (const [field, value] of [...fieldsOf(entry.before), ...fieldsOf(entry.after)]) {
        const label = await adminMessage(auditFieldLabelKey(entry.entityType, field));
        expect(label, `${entry.action} ${field}`).toEqual(expect.any(String));
        if (!CODE_FIELDS.includes(field) || typeof value !== "string") continue;
        const key = auditValueKey(entry.entityType, field, value);
        expect(await adminMessage(key ?? ""), `${entry.action} ${field} ${value}`).toEqual(
          expect.any(String),
        );
      }
    }
  });

  it.each(BOOKING_PAYMENT_FIELDS)("labels Booking.%s", async (field) => {
    expect(await adminMessage(auditFieldLabelKey("Booking", field))).toEqual(expect.any(String));
  });

  it.each([
    { entityType: "Refund", field: "status", value: "TO_ISSUE", french: "À effectuer" },
    { entityType: "Refund", field: "status", value: "ISSUED", french: "Effectué" },
    { entityType: "Payment", field: "status", value: "CANCELLED", french: "Abandonné" },
    { entityType: "Booking", field: "status", value: "CANCELLED", french: "Annulée" },
    { entityType: "Payment", field: "tender", value: "ANCV", french: "Chèques-vacances ANCV" },
    { entityType: "Refund", field: "reason", value: "cancellation", french: "Annulation" },
    { entityType: "Booking", field: "reason", value: "late_card_payment", french: "Paiement" },
  ])("shows $entityType.$field $value", async ({ entityType, field, value, french }) => {
    const message = await adminMessage(auditValueKey(entityType, field, value)!);

    expect(message).toEqual(expect.stringContaining(french));
  });

  it("keeps a typed reason as typed", () => {
    expect(auditValueKey("Booking", "reason", "Séjour annulé par le prestataire")).toBeNull();
  });
});
