import { addMinutes, addHours } from "date-fns";

import { appUrl } from "@/lib/app-url";
import type { MemberActor } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";
import { lockHouseholdBooking } from "@/lib/booking/booking-access";
import { runBookingTransaction } from "@/lib/booking/transaction";
import type { DbClient } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { balanceDueCents, netPaidCents } from "@/lib/payments/balance";
import { scheduleHoldExpiry } from "@/lib/payments/hold-expiry-schedule";
import { getStripe, isStripeConfigured } from "@/lib/payments/stripe/client";

// Stripe rejects a Checkout session that expires in less than 30 minutes or
// more than 24 hours. The margin covers the time the request takes.
const MIN_CHECKOUT_MINUTES = 31;
const MAX_CHECKOUT_HOURS = 24;
// A session this close to its end is not handed out again: the member
// would reach Stripe's page just as it closes.
const REUSE_MARGIN_MINUTES = 5;

/**
 * Opens a Stripe Checkout session for what the household owes on a
 * CONFIRMED booking (the next unpaid instalment when it pays in
 * instalments) and returns its URL. Idempotent: while a card payment of the
 * booking is PENDING, every call returns that payment's session, so a
 * double click or five submits open one session. When the session outlasts
 * the hold (Stripe's 30-minute minimum), the hold is extended to the
 * session's end, which happens once since the session is reused.
 * Raises `card_payment_unavailable` without Stripe keys, `nothing_to_pay`
 * when nothing is owed, and `not_found` for another household's booking.
 */
export async function startCardCheckout(actor: MemberActor, bookingId: string) {
  if (!isStripeConfigured()) throw new DomainError("card_payment_unavailable");

  const prepared = await runBookingTransaction((tx) => preparePayment(tx, actor, bookingId));
  if (prepared.url) return { url: prepared.url };

  const now = new Date();
  const expiresAt = checkoutExpiry(prepared.holdExpiresAt, now);
  const session = await getStripe().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "eur",
            unit_amount: prepared.amountCents,
            product_data: { name: `${prepared.offerTitle} (réservation ${prepared.reference})` },
          },
        },
      ],
      client_reference_id: prepared.paymentId,
      metadata: { paymentId: prepared.paymentId, bookingId },
      payment_intent_data: { metadata: { paymentId: prepared.paymentId, bookingId } },
      expires_at: Math.floor(expiresAt.getTime() / 1000),
      success_url: appUrl(`/account/bookings/${bookingId}?paiement=ok`),
      cancel_url: appUrl(`/account/bookings/${bookingId}?paiement=annule`),
    },
    // Same payment, same key: a retry or a concurrent request gets the same session.
    { idempotencyKey: prepared.paymentId },
  );
  if (!session.url) throw new Error(`Checkout session ${session.id} has no URL.`);

  const saved = await runBookingTransaction((tx) =>
    saveCheckout(tx, actor, bookingId, prepared.paymentId, {
      id: session.id,
      url: session.url as string,
      expiresAt: new Date(session.expires_at * 1000),
    }),
  );
  if (saved.holdExtendedTo) await scheduleHoldExpiry([saved.holdExtendedTo]);
  return { url: saved.url };
}

/**
 * Returns the open card payment's URL, or the PENDING payment for which a
 * session must be created, made under the session's lock.
 */
async function preparePayment(tx: DbClient, actor: MemberActor, bookingId: string) {
  const { booking } = await lockHouseholdBooking(tx, actor.householdId, bookingId);
  const due = balanceDueCents(booking);
  if (due <= 0) throw new DomainError("nothing_to_pay");
  const facts = {
    holdExpiresAt: booking.holdExpiresAt,
    offerTitle: booking.session.offer.title,
    reference: booking.reference,
  };

  const now = new Date();
  const open = await tx.payment.findFirst({
    where: { bookingId, tender: "CARD", status: "PENDING" },
    orderBy: { createdAt: "desc" },
  });
  const reusable =
    open &&
    (!open.checkoutExpiresAt || open.checkoutExpiresAt > addMinutes(now, REUSE_MARGIN_MINUTES));
  if (open && reusable) {
    return {
      ...facts,
      paymentId: open.id,
      amountCents: open.amountCents,
      url: open.stripeCheckoutUrl,
    };
  }
  // NOTE: a session about to end stays PENDING until Stripe's
  // `checkout.session.expired` event closes it. If it is paid meanwhile,
  // the webhook refunds whatever exceeds the balance.

  const amountCents = Math.min(await nextAmountCents(tx, booking), due);
  const payment = await tx.payment.create({
    data: {
      bookingId,
      householdId: booking.householdId,
      tender: "CARD",
      status: "PENDING",
      amountCents,
    },
  });
  return { ...facts, paymentId: payment.id, amountCents, url: null };
}

/**
 * Returns the amount of the first instalment not covered by what was paid,
 * or the whole balance when the booking is paid at once.
 */
async function nextAmountCents(
  tx: DbClient,
  booking: Parameters<typeof balanceDueCents>[0] & { id: string; instalmentCount: number },
) {
  const due = balanceDueCents(booking);
  if (booking.instalmentCount <= 1) return due;
  const instalments = await tx.instalment.findMany({
    where: { bookingId: booking.id },
    orderBy: { position: "asc" },
  });
  const paid = netPaidCents(booking);
  let covered = 0;
  for (const instalment of instalments) {
    covered += instalment.amountCents;
    if (covered > paid) return covered - paid;
  }
  return due;
}

/** Returns when a new Checkout session should end: at the hold's end, within Stripe's limits. */
export function checkoutExpiry(holdExpiresAt: Date | null, now: Date) {
  const earliest = addMinutes(now, MIN_CHECKOUT_MINUTES);
  const latest = addHours(now, MAX_CHECKOUT_HOURS);
  if (!holdExpiresAt || holdExpiresAt > latest) return latest;
  return holdExpiresAt > earliest ? holdExpiresAt : earliest;
}

/**
 * Stores the session on the PENDING payment and extends the hold to the
 * session's end when the session outlasts it. A concurrent request that
 * stored the same session first leaves nothing to do.
 */
async function saveCheckout(
  tx: DbClient,
  actor: MemberActor,
  bookingId: string,
  paymentId: string,
  session: { id: string; url: string; expiresAt: Date },
) {
  const { booking } = await lockHouseholdBooking(tx, actor.householdId, bookingId);
  const { count } = await tx.payment.updateMany({
    where: { id: paymentId, stripeCheckoutSessionId: null },
    data: {
      stripeCheckoutSessionId: session.id,
      stripeCheckoutUrl: session.url,
      checkoutExpiresAt: session.expiresAt,
    },
  });
  if (count === 0) return { url: session.url, holdExtendedTo: null };

  const extend =
    booking.status === "CONFIRMED" &&
    booking.holdExpiresAt !== null &&
    booking.holdExpiresAt < session.expiresAt;
  if (extend) {
    await tx.booking.update({
      where: { id: bookingId },
      data: { holdExpiresAt: session.expiresAt },
    });
  }
  await recordAudit(tx, {
    action: "payment.checkout_opened",
    actorId: actor.userId,
    entityType: "Payment",
    entityId: paymentId,
    householdId: booking.householdId,
    before: extend ? { holdExpiresAt: booking.holdExpiresAt?.toISOString() ?? null } : null,
    after: {
      bookingId,
      checkoutSessionId: session.id,
      checkoutExpiresAt: session.expiresAt.toISOString(),
      ...(extend ? { holdExpiresAt: session.expiresAt.toISOString() } : {}),
    },
  });
  return { url: session.url, holdExtendedTo: extend ? session.expiresAt : null };
}
