import { describe, expect, it } from "vitest";

import { addCalendarDays } from "@/lib/catalogue/calendar-days";
import { todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";
import { choosePayAtOffice, chooseInstalments } from "@/lib/payments/member-choices";
import { expectDomainError } from "../support/expect-domain-error";
import {
  createPayableBooking,
  createReceivedPayment,
  type PayableBookingOptions,
} from "../support/payment-factories";

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

async function bookingWithThreshold(
  thresholdCents: number | null,
  options: PayableBookingOptions = {},
) {
  const created = await createPayableBooking({
    memberShareCents: 60_000,
    startDate: "2027-07-12",
    holdExpiresAt: new Date(Date.now() + 30 * MINUTE_MS),
    ...options,
  });
  await db.offer.update({
    where: { id: created.session.offerId },
    data: { instalmentThresholdCents: thresholdCents },
  });
  return created;
}

describe("chooseInstalments", () => {
  it("writes the schedule and audits it", async () => {
    const { booking, family } = await bookingWithThreshold(50_000);

    const schedule = await chooseInstalments(family.actor, booking.id, 3);

    expect(schedule.map((line) => line.amountCents)).toEqual([20_000, 20_000, 20_000]);
    expect(schedule[0].dueDate).toBe(todayInParis());
    const stored = await db.booking.findUniqueOrThrow({
      where: { id: booking.id },
      include: { instalments: { orderBy: { position: "asc" } } },
    });
    expect(stored.instalmentCount).toBe(3);
    expect(stored.instalments).toHaveLength(3);
    expect(stored.instalments[2].dueDate.toISOString().slice(0, 10)).toBe(schedule[2].dueDate);
    const audit = await db.auditEntry.findFirst({
      where: { entityId: booking.id, action: "booking.instalments_chosen" },
    });
    expect(audit?.actorId).toBe(family.user.id);
  });

  it("ends the hold at the first instalment", async () => {
    const { booking, family } = await bookingWithThreshold(50_000);
    await chooseInstalments(family.actor, booking.id, 2);

    await createReceivedPayment(booking.id, { amountCents: 29_999 });
    const stillHeld = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    await createReceivedPayment(booking.id, { amountCents: 1 });
    const secured = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });

    expect(stillHeld.holdExpiresAt).not.toBeNull();
    expect(secured.holdExpiresAt).toBeNull();
  });

  it.each([
    { rule: "offer without threshold", threshold: null, count: 2, options: {} },
    { rule: "share below threshold", threshold: 60_001, count: 2, options: {} },
    { rule: "five instalments", threshold: 50_000, count: 5, options: {} },
    { rule: "one instalment", threshold: 50_000, count: 1, options: {} },
    { rule: "waiting booking", threshold: 50_000, count: 2, options: { status: "WAITING" } },
    {
      rule: "departure too close",
      threshold: 50_000,
      count: 2,
      options: { startDate: addCalendarDays(todayInParis(), 40) },
    },
  ] as const)("rejects $rule", async ({ threshold, count, options }) => {
    const { booking, family } = await bookingWithThreshold(threshold, options);

    await expectDomainError(
      chooseInstalments(family.actor, booking.id, count),
      "instalments_unavailable",
    );

    expect(await db.instalment.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it("rejects once something was paid", async () => {
    const { booking, family } = await bookingWithThreshold(50_000);
    await createReceivedPayment(booking.id, { amountCents: 1_000 });

    await expectDomainError(
      chooseInstalments(family.actor, booking.id, 2),
      "instalments_unavailable",
    );
  });

  it("rejects a second choice", async () => {
    const { booking, family } = await bookingWithThreshold(50_000);
    await chooseInstalments(family.actor, booking.id, 2);

    await expectDomainError(
      chooseInstalments(family.actor, booking.id, 3),
      "instalments_unavailable",
    );

    expect(await db.instalment.count({ where: { bookingId: booking.id } })).toBe(2);
  });

  it("hides another household's booking", async () => {
    const { booking } = await bookingWithThreshold(50_000);
    const other = await bookingWithThreshold(50_000);

    await expectDomainError(chooseInstalments(other.family.actor, booking.id, 2), "not_found");
  });
});

describe("choosePayAtOffice", () => {
  it("turns the online hold into an office hold", async () => {
    const { booking, family } = await bookingWithThreshold(null);

    const { holdExpiresAt } = await choosePayAtOffice(family.actor, booking.id);

    // OFFICE_PAYMENT_DAYS is 7 by default, and the first day is months away.
    const expected = Date.now() + 7 * DAY_MS;
    expect(Math.abs(holdExpiresAt.getTime() - expected)).toBeLessThan(5 * MINUTE_MS);
    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(stored.holdExpiresAt?.getTime()).toBe(holdExpiresAt.getTime());
    const audit = await db.auditEntry.count({
      where: { entityId: booking.id, action: "booking.office_payment_chosen" },
    });
    expect(audit).toBe(1);
  });

  it("rejects a second choice", async () => {
    const { booking, family } = await bookingWithThreshold(null);
    await choosePayAtOffice(family.actor, booking.id);

    await expectDomainError(
      choosePayAtOffice(family.actor, booking.id),
      "office_payment_already_chosen",
    );
  });

  it.each([
    { rule: "no hold", options: { holdExpiresAt: null } },
    { rule: "hold already over", options: { holdExpiresAt: new Date(Date.now() - MINUTE_MS) } },
    { rule: "waiting booking", options: { status: "WAITING" as const } },
  ])("rejects $rule", async ({ options }) => {
    const { booking, family } = await bookingWithThreshold(null, options);

    await expectDomainError(
      choosePayAtOffice(family.actor, booking.id),
      "office_payment_unavailable",
    );
  });

  it("hides another household's booking", async () => {
    const { booking } = await bookingWithThreshold(null);
    const other = await bookingWithThreshold(null);

    await expectDomainError(choosePayAtOffice(other.family.actor, booking.id), "not_found");
  });
});
