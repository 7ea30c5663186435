import { describe, expect, it } from "vitest";

import { addCalendarDays } from "@/lib/catalogue/calendar-days";
import { todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";
import { sendInstalmentReminders } from "@/lib/payments/instalments-reminders";
import { overdueInstalments } from "@/lib/payments/staff-views";
import { createPayableBooking, createReceivedPayment } from "../support/payment-factories";

const today = todayInParis();

/** Creates a booking of 300 € in three instalments due `offsets` days from today. */
async function bookingDue(offsets: [number, number, number], paidCents = 0) {
  const created = await createPayableBooking({
    memberShareCents: 30_000,
    instalments: offsets.map((offset) => ({
      dueDate: addCalendarDays(today, offset),
      amountCents: 10_000,
    })),
  });
  if (paidCents > 0) await createReceivedPayment(created.booking.id, { amountCents: paidCents });
  return created;
}

function remindersTo(email: string) {
  return db.outboundEmail.findMany({
    where: { to: email, subject: { startsWith: "Échéance" } },
  });
}

describe("sendInstalmentReminders", () => {
  it.each([
    { rule: "due in two days", offsets: [-30, 2, 32], paid: 10_000, reminded: [2] },
    { rule: "due in three days", offsets: [-30, 3, 33], paid: 10_000, reminded: [2] },
    { rule: "due in four days", offsets: [-30, 4, 34], paid: 10_000, reminded: [] },
    { rule: "already paid", offsets: [-30, 2, 32], paid: 20_000, reminded: [] },
    { rule: "past due, never reminded", offsets: [-40, -5, 25], paid: 10_000, reminded: [2] },
    { rule: "two unpaid past due", offsets: [-40, -5, 1], paid: 5_000, reminded: [1, 2, 3] },
  ] as const)("$rule", async ({ offsets, paid, reminded }) => {
    const { booking, family } = await bookingDue([...offsets], paid);

    await sendInstalmentReminders(new Date());

    const instalments = await db.instalment.findMany({
      where: { bookingId: booking.id, reminderSentAt: { not: null } },
      orderBy: { position: "asc" },
    });
    expect(instalments.map((instalment) => instalment.position)).toEqual(reminded);
    expect(await remindersTo(family.user.email)).toHaveLength(reminded.length);
  });

  it("reminds each instalment once", async () => {
    const { family } = await bookingDue([-30, 1, 31], 10_000);

    await Promise.all([sendInstalmentReminders(new Date()), sendInstalmentReminders(new Date())]);
    await sendInstalmentReminders(new Date());

    const emails = await remindersTo(family.user.email);
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain("100,00");
  });

  it("skips a booking still on hold", async () => {
    const { booking, family } = await bookingDue([0, 2, 32]);
    await db.booking.update({
      where: { id: booking.id },
      data: { holdExpiresAt: new Date(Date.now() + 60_000) },
    });

    await sendInstalmentReminders(new Date());

    expect(await remindersTo(family.user.email)).toHaveLength(0);
  });
});

describe("overdueInstalments", () => {
  it.each([
    { rule: "unpaid past due", offsets: [-40, -1, 20], paid: 10_000, owed: [[2, 10_000]] },
    { rule: "partly covered", offsets: [-40, -1, 20], paid: 14_000, owed: [[2, 6_000]] },
    { rule: "due today", offsets: [-40, 0, 20], paid: 10_000, owed: [] },
    { rule: "covered", offsets: [-40, -1, 20], paid: 20_000, owed: [] },
    {
      rule: "two overdue",
      offsets: [-40, -10, -1],
      paid: 10_000,
      owed: [
        [2, 10_000],
        [3, 10_000],
      ],
    },
  ] as const)("$rule", ({ offsets, paid, owed }) => {
    const instalments = offsets.map((offset, index) => ({
      position: index + 1,
      dueDate: new Date(`${addCalendarDays(today, offset)}T00:00:00Z`),
      amountCents: 10_000,
    }));

    const overdue = overdueInstalments(instalments, paid, today);

    expect(overdue.map((line) => [line.position, line.owedCents])).toEqual(owed);
  });
});
