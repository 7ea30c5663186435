// Bookings that owe money and payments received for them, for the payment
// tests. Bookings are written straight to the database (the booking rules
// are tested elsewhere). Payments go through recordReceivedPayment, so
// receipt numbers, paid amounts and hold ends follow the real rules.
import { db } from "@/lib/db";
import type { BookingStatus, OfferKind, PaymentTender } from "@/lib/generated/prisma/enums";
import { recordReceivedPayment, type ReceivedPayment } from "@/lib/payments/record-payment";
import { createBookingHousehold, createSession } from "./booking-factories";
import { insertBooking } from "./staff-booking-factories";

export type PayableBookingOptions = {
  kind?: OfferKind;
  status?: BookingStatus;
  /** The member share in cents: one adult with this share (public price minus subsidy). */
  memberShareCents?: number;
  holdExpiresAt?: Date | null;
  startDate?: string;
  /** Due dates and amounts; their count becomes `instalmentCount`. */
  instalments?: { dueDate: string; amountCents: number }[];
};

/**
 * Creates a household and a booking of one adult for a new session, CONFIRMED
 * by default, with the session's confirmed places counted. Returns the
 * booking as stored, with the household and its session.
 */
export async function createPayableBooking(options: PayableBookingOptions = {}) {
  const session = await createSession({ kind: options.kind, startDate: options.startDate });
  const family = await createBookingHousehold();
  const share = options.memberShareCents ?? 30_000;
  const status = options.status ?? "CONFIRMED";
  const inserted = await insertBooking({
    sessionId: session.id,
    householdId: family.household.id,
    memberId: family.member.id,
    createdById: family.user.id,
    status,
    participants: [
      {
        category: "ADULT",
        firstName: family.member.firstName,
        lastName: family.member.lastName,
        birthDate: "1985-03-14",
        publicPriceCents: share + 10_000,
        subsidyCents: 10_000,
      },
    ],
  });
  if (status === "CONFIRMED") {
    await db.offerSession.update({
      where: { id: session.id },
      data: { confirmedPlaces: { increment: inserted.places } },
    });
  }
  const instalments = options.instalments ?? [];
  const booking = await db.booking.update({
    where: { id: inserted.id },
    data: {
      holdExpiresAt: options.holdExpiresAt ?? null,
      instalmentCount: Math.max(instalments.length, 1),
      instalments: {
        create: instalments.map((instalment, index) => ({
          position: index + 1,
          dueDate: new Date(`${instalment.dueDate}T00:00:00Z`),
          amountCents: instalment.amountCents,
        })),
      },
    },
  });
  return { booking, family, session };
}

/**
 * Records a SUCCEEDED payment for a booking through recordReceivedPayment,
 * as cash by default. Raises what it raises (e.g. `payment_exceeds_balance`).
 */
export async function createReceivedPayment(
  bookingId: string,
  payment: Partial<ReceivedPayment> & { amountCents: number; tender?: PaymentTender },
) {
  return db.$transaction(async (tx) => {
    const booking = await tx.booking.findUniqueOrThrow({ where: { id: bookingId } });
    return recordReceivedPayment(tx, booking, {
      receivedAt: new Date(),
      recordedById: null,
      ...payment,
      tender: payment.tender ?? "CASH",
    });
  });
}

/** Opens a cash desk for a staff member straight in the database. */
export function createOpenCashDesk(staffId: string, openingFloatCents = 5_000) {
  return db.cashDeskSession.create({ data: { staffId, openingFloatCents } });
}
