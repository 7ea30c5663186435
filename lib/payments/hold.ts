import { addDays, addMinutes } from "date-fns";

import { sessionStartInstant } from "@/lib/booking/offer-deadline";
import { officePaymentDays, paymentHoldMinutes } from "@/lib/payments/config";

/**
 * How long unpaid places stay held: `online` while the member pays by card
 * after booking or accepting a waiting-list offer, `office` when the member
 * pays at the office or after staff approval.
 */
export type HoldKind = "online" | "office";

/**
 * Returns the instant an unpaid booking stops holding its places, or null
 * when the member has nothing to pay. An office hold ends at the latest when
 * the session's first day begins (Europe/Paris), but never sooner than an
 * online hold, so a booking made the day before still gets time to pay.
 */
export function holdDeadline(
  kind: HoldKind,
  facts: { memberShareCents: number; startDate: Date; now: Date },
): Date | null {
  if (facts.memberShareCents <= 0) return null;
  const online = addMinutes(facts.now, paymentHoldMinutes());
  if (kind === "online") return online;
  const office = addDays(facts.now, officePaymentDays());
  const firstDay = sessionStartInstant(facts.startDate);
  const capped = office.getTime() < firstDay.getTime() ? office : firstDay;
  return capped.getTime() > online.getTime() ? capped : online;
}
