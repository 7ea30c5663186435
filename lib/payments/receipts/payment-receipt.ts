import type { DbClient } from "@/lib/db";

/**
 * Loads what a receipt prints for a SUCCEEDED payment, or null when the
 * payment does not exist, was not received, or belongs to another household
 * than `householdId` (null: staff, who may read any). The totals are those
 * on the day the payment was received, so a receipt printed later still
 * shows the same figures.
 */
export async function loadPaymentReceipt(
  client: DbClient,
  paymentId: string,
  householdId: string | null,
) {
  const payment = await client.payment.findFirst({
    where: {
      id: paymentId,
      status: "SUCCEEDED",
      ...(householdId === null ? {} : { householdId }),
    },
    include: {
      vouchers: { orderBy: { serialNumber: "asc" } },
      refunds: {
        select: { amountCents: true, status: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      booking: {
        include: {
          member: { select: { firstName: true, lastName: true } },
          household: {
            select: { addressLine1: true, addressLine2: true, postalCode: true, communeName: true },
          },
          participants: { orderBy: [{ category: "asc" }, { firstName: "asc" }] },
          session: {
            select: {
              startDate: true,
              endDate: true,
              offer: { select: { title: true, kind: true } },
            },
          },
        },
      },
    },
  });
  if (!payment || !payment.receivedAt || !payment.receiptNumber) return null;

  // Receipt numbers follow the order money was received, so they break ties
  // between payments received at the same instant.
  const earlier = await client.payment.findMany({
    where: {
      bookingId: payment.bookingId,
      status: "SUCCEEDED",
      receivedAt: { lte: payment.receivedAt },
    },
    select: { amountCents: true, receivedAt: true, receiptNumber: true },
  });
  const paidToDateCents = earlier
    .filter(
      (other) =>
        other.receivedAt!.getTime() < payment.receivedAt!.getTime() ||
        (other.receiptNumber ?? "") <= payment.receiptNumber!,
    )
    .reduce((sum, other) => sum + other.amountCents, 0);

  return {
    ...payment,
    receivedAt: payment.receivedAt,
    receiptNumber: payment.receiptNumber,
    paidToDateCents,
    balanceToDateCents: Math.max(payment.booking.memberShareCents - paidToDateCents, 0),
  };
}

export type PaymentReceipt = NonNullable<Awaited<ReturnType<typeof loadPaymentReceipt>>>;
