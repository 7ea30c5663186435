import type { PaymentTender } from "@/lib/generated/prisma/enums";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A line of an offer's cancellation scale: from `daysBefore` days before the
 * first day onwards, `retainedPercent` % of the member share is kept.
 */
export type CancellationTierRule = { daysBefore: number; retainedPercent: number };

/**
 * Computes the part of the member share kept when a booking is cancelled
 * on `today`. The tier that applies is the one with the smallest
 * `daysBefore` that is at least the days left before `startDate`. With
 * none, nothing is kept. Cents are rounded down, in the member's favour.
 * Dates are "YYYY-MM-DD" calendar dates in Europe/Paris.
 */
export function cancellationFeeCents(facts: {
  memberShareCents: number;
  tiers: CancellationTierRule[];
  startDate: string;
  today: string;
}) {
  const daysLeft = Math.round(
    (Date.parse(`${facts.startDate}T00:00:00Z`) - Date.parse(`${facts.today}T00:00:00Z`)) / DAY_MS,
  );
  let applied: CancellationTierRule | null = null;
  for (const tier of facts.tiers) {
    if (tier.daysBefore < daysLeft) continue;
    if (!applied || tier.daysBefore < applied.daysBefore) applied = tier;
  }
  if (!applied) return 0;
  return Math.floor((facts.memberShareCents * applied.retainedPercent) / 100);
}

/**
 * Splits what was paid on a cancelled booking into what the association
 * keeps and what goes back. The fee comes out of the money received, so a
 * household that paid less than the fee loses what it paid and owes nothing more.
 */
export function cancellationSettlement(facts: { feeCents: number; netPaidCents: number }) {
  const keptCents = Math.min(facts.feeCents, Math.max(facts.netPaidCents, 0));
  return { keptCents, refundCents: Math.max(facts.netPaidCents - keptCents, 0) };
}

export type RefundablePayment = {
  id: string;
  tender: PaymentTender;
  amountCents: number;
  refundedCents: number;
  receivedAt: Date | null;
  /** Breaks ties between payments received at the same instant (one office submit). */
  receiptNumber: string | null;
};

/**
 * Splits a refund over a booking's received payments: card payments first,
 * newest first, so the money goes back by Stripe where it can, then the
 * other tenders, newest first. No payment gives back more than its amount
 * minus what it already refunded. Throws a RangeError when the payments
 * cannot cover `amountCents`, because a caller must never promise more.
 */
export function allocateRefund(payments: RefundablePayment[], amountCents: number) {
  const ordered = [...payments].sort((a, b) => {
    const cardOrder = Number(b.tender === "CARD") - Number(a.tender === "CARD");
    if (cardOrder !== 0) return cardOrder;
    const timeOrder = (b.receivedAt?.getTime() ?? 0) - (a.receivedAt?.getTime() ?? 0);
    if (timeOrder !== 0) return timeOrder;
    return (b.receiptNumber ?? "").localeCompare(a.receiptNumber ?? "");
  });

  const parts: { paymentId: string; amountCents: number }[] = [];
  let left = amountCents;
  for (const payment of ordered) {
    if (left <= 0) break;
    const available = payment.amountCents - payment.refundedCents;
    const part = Math.min(available, left);
    if (part <= 0) continue;
    parts.push({ paymentId: payment.id, amountCents: part });
    left -= part;
  }
  if (left > 0) {
    throw new RangeError(`Payments cover ${amountCents - left} cents of a ${amountCents} refund.`);
  }
  return parts;
}
