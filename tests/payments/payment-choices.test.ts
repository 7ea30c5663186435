import { describe, expect, it } from "vitest";

import { addCalendarDays } from "@/lib/catalogue/calendar-days";
import { todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";
import { loadMemberPaymentView, paymentChoiceSections } from "@/lib/payments/member-payment-view";
import { createPayableBooking } from "../support/payment-factories";

const HOLD_MS = 30 * 60_000;

describe("paymentChoiceSections", () => {
  it.each([
    {
      case: "offers plans above the threshold",
      thresholdCents: 50_000,
      startsInDays: 200,
      held: true,
      expected: { instalments: "choice", office: true },
    },
    {
      case: "hides plans under the threshold",
      thresholdCents: 70_000,
      startsInDays: 200,
      held: true,
      expected: { instalments: null, office: true },
    },
    {
      case: "hides plans close to departure",
      thresholdCents: 50_000,
      startsInDays: 5,
      held: true,
      expected: { instalments: null, office: true },
    },
    {
      case: "hides plans without a threshold",
      thresholdCents: null,
      startsInDays: 200,
      held: true,
      expected: { instalments: null, office: true },
    },
    {
      case: "shows nothing for an office booking",
      thresholdCents: null,
      startsInDays: 200,
      held: false,
      expected: { instalments: null, office: false },
    },
  ])("$case", async ({ thresholdCents, startsInDays, held, expected }) => {
    const { booking, family, session } = await createPayableBooking({
      memberShareCents: 60_000,
      startDate: addCalendarDays(todayInParis(), startsInDays),
      holdExpiresAt: held ? new Date(Date.now() + HOLD_MS) : null,
    });
    await db.offer.update({
      where: { id: session.offerId },
      data: { instalmentThresholdCents: thresholdCents },
    });

    const view = await loadMemberPaymentView(db, family.household.id, booking.id);

    expect(paymentChoiceSections(view!)).toEqual(expected);
  });
});
