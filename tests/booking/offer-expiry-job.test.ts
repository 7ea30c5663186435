// Runs the expiry queue on its own pg-boss instance, without the e-mail
// worker, so this file delivers no e-mail (the delivery tests own that).
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { cancelBooking } from "@/lib/booking/cancel-booking";
import { registerBookingOfferExpiry } from "@/lib/booking/offer-expiry-job";
import { BOOKING_OFFER_EXPIRY_QUEUE } from "@/lib/booking/offer-expiry-queue";
import { scheduleOfferExpiry } from "@/lib/booking/offer-expiry-schedule";
import { db } from "@/lib/db";
import { setRunningJobs } from "@/lib/jobs/boss";
import { bookPeople, createBookingHousehold, createSession } from "../support/booking-factories";

let boss: PgBoss;

beforeAll(async () => {
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 2 });
  await boss.start();
  const workerId = await registerBookingOfferExpiry(boss);
  setRunningJobs({ boss, workerIds: new Map([[BOOKING_OFFER_EXPIRY_QUEUE, workerId]]) });
});

afterAll(async () => {
  setRunningJobs(undefined);
  await boss.stop({ graceful: true, timeout: 5_000, wait: true });
});

async function waitForStatus(bookingId: string, status: string, timeoutMs: number) {
  const started = Date.now();
  let booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId } });
  while (booking.status !== status && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId } });
  }
  return booking;
}

describe("booking-offer-expiry queue", () => {
  it("runs every minute", async () => {
    const schedules = await boss.getSchedules();

    expect(schedules).toContainEqual(
      expect.objectContaining({ name: BOOKING_OFFER_EXPIRY_QUEUE, cron: "* * * * *" }),
    );
  });

  it("expires an offer at its deadline", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await createBookingHousehold();
    const second = await createBookingHousehold();
    const third = await createBookingHousehold();
    const firstBooking = await bookPeople(first, session.id);
    const secondBooking = await bookPeople(second, session.id);
    const thirdBooking = await bookPeople(third, session.id);
    await cancelBooking(first.actor, firstBooking.id);
    const deadline = new Date(Date.now() + 1_000);
    await db.booking.update({
      where: { id: secondBooking.id },
      data: { offerExpiresAt: deadline },
    });

    await scheduleOfferExpiry([deadline]);

    const jobs = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM pgboss.job
      WHERE name = ${BOOKING_OFFER_EXPIRY_QUEUE} AND start_after = ${deadline}`;
    expect(Number(jobs[0].count)).toBe(1);
    const expired = await waitForStatus(secondBooking.id, "EXPIRED", 15_000);
    expect(expired.status).toBe("EXPIRED");
    const next = await db.booking.findUniqueOrThrow({ where: { id: thirdBooking.id } });
    expect(next.status).toBe("OFFERED");
  }, 30_000);

  it("queues a job at the deadline of each new offer", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await createBookingHousehold();
    const second = await createBookingHousehold();
    const firstBooking = await bookPeople(first, session.id);
    const secondBooking = await bookPeople(second, session.id);

    await cancelBooking(first.actor, firstBooking.id);

    const offered = await db.booking.findUniqueOrThrow({ where: { id: secondBooking.id } });
    expect(offered.status).toBe("OFFERED");
    const jobs = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM pgboss.job
      WHERE name = ${BOOKING_OFFER_EXPIRY_QUEUE} AND start_after = ${offered.offerExpiresAt}`;
    expect(Number(jobs[0].count)).toBe(1);
  });
});
