import { describe, expect, it } from "vitest";

import { cancelBooking } from "@/lib/booking/cancel-booking";
import { lockSession } from "@/lib/booking/lock-session";
import {
  acceptOffer,
  declineOffer,
  expireOffers,
  offerFreedPlaces,
} from "@/lib/booking/waiting-list";
import { db } from "@/lib/db";
import {
  bookPeople,
  createFamily,
  createSession,
  findBooking,
  sessionPlaces,
} from "../support/booking-factories";
import { expectDomainError } from "../support/expect-domain-error";

/** Books every child of a family created with `children` children. */
async function bookFamily(sessionId: string, children: number) {
  const family = await createFamily(children);
  const booking = await bookPeople(
    family,
    sessionId,
    family.dependants.map((dependant) => dependant.id),
  );
  return { ...family, booking };
}

/** Moves an offer's deadline into the past, as if 48 hours had gone by. */
function makeOfferDue(bookingId: string) {
  return db.booking.update({
    where: { id: bookingId },
    data: { offerExpiresAt: new Date(Date.now() - 1000) },
  });
}

describe("offerFreedPlaces", () => {
  it("offers a freed place to the first waiting family", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    expect(second.booking.status).toBe("WAITING");
    const before = Date.now();

    await cancelBooking(first.actor, first.booking.id);

    const offered = await findBooking(second.booking.id);
    expect(offered.status).toBe("OFFERED");
    const deadline = offered.offerExpiresAt!.getTime() - before;
    expect(deadline).toBeGreaterThan(48 * 3600_000 - 60_000);
    expect(deadline).toBeLessThan(48 * 3600_000 + 60_000);
    expect(await sessionPlaces(session.id)).toMatchObject({
      confirmedPlaces: 0,
      offeredPlaces: 1,
      offeredInBookings: 1,
    });
    const emails = await db.outboundEmail.findMany({ where: { to: second.user.email } });
    expect(emails.map((email) => email.subject)).toContainEqual(
      expect.stringContaining("Une place se libère"),
    );
  });

  it("offers a freed place in a started session still open", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    // A year of tickets: its first day is past and bookings stay open.
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    await db.offerSession.update({
      where: { id: session.id },
      data: { startDate: new Date(`${yesterday.toISOString().slice(0, 10)}T00:00:00Z`) },
    });

    await cancelBooking(first.actor, first.booking.id);

    const offered = await findBooking(second.booking.id);
    expect(offered.status).toBe("OFFERED");
    expect(offered.offerExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 47 * 3600_000);
  });

  it("refuses to accept for a child since archived", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    await cancelBooking(first.actor, first.booking.id);
    await db.dependant.update({
      where: { id: second.dependants[0].id },
      data: { archivedAt: new Date() },
    });

    await expectDomainError(acceptOffer(second.actor, second.booking.id), "booking_ineligible");
    expect((await findBooking(second.booking.id)).status).toBe("OFFERED");
  });

  it("skips a family of 3 until 3 places are free", async () => {
    const session = await createSession({ capacity: 4 });
    const pair = await bookFamily(session.id, 2);
    const single = await bookFamily(session.id, 1);
    const other = await bookFamily(session.id, 1);
    const trio = await bookFamily(session.id, 3);
    const late = await bookFamily(session.id, 1);
    expect([trio.booking.status, late.booking.status]).toEqual(["WAITING", "WAITING"]);

    // 2 places free: the trio keeps rank 1 and the single family behind it is offered one.
    await cancelBooking(pair.actor, pair.booking.id);

    expect((await findBooking(trio.booking.id)).status).toBe("WAITING");
    expect((await findBooking(late.booking.id)).status).toBe("OFFERED");
    expect(await sessionPlaces(session.id)).toMatchObject({ confirmedPlaces: 2, offeredPlaces: 1 });

    // 1 free + 1 freed = 2: still not 3.
    await cancelBooking(single.actor, single.booking.id);
    expect((await findBooking(trio.booking.id)).status).toBe("WAITING");

    // 3 free: the trio is offered its places together.
    await cancelBooking(other.actor, other.booking.id);
    const trioBooking = await findBooking(trio.booking.id);
    expect(trioBooking.status).toBe("OFFERED");
    expect(await sessionPlaces(session.id)).toMatchObject({
      capacity: 4,
      confirmedPlaces: 0,
      offeredPlaces: 4,
      offeredInBookings: 4,
    });
  });
});

describe("offerFreedPlaces after the start", () => {
  it("offers nothing once the session has started", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    await db.booking.update({ where: { id: first.booking.id }, data: { status: "CANCELLED" } });
    await db.offerSession.update({
      where: { id: session.id },
      data: { confirmedPlaces: 0 },
    });

    // The day after the first day, in Paris.
    const offered = await db.$transaction(async (tx) => {
      await lockSession(tx, session.id);
      return offerFreedPlaces(tx, session.id, new Date("2027-07-13T10:00:00Z"));
    });

    expect(offered).toEqual([]);
    expect((await findBooking(second.booking.id)).status).toBe("WAITING");
    expect(await sessionPlaces(session.id)).toMatchObject({ offeredPlaces: 0 });
  });
});

describe("acceptOffer", () => {
  it("confirms the offered places", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    await cancelBooking(first.actor, first.booking.id);

    const result = await acceptOffer(second.actor, second.booking.id);

    expect(result.status).toBe("CONFIRMED");
    expect((await findBooking(second.booking.id)).status).toBe("CONFIRMED");
    expect(await sessionPlaces(session.id)).toMatchObject({
      confirmedPlaces: 1,
      offeredPlaces: 0,
      confirmedInBookings: 1,
    });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: second.booking.id, action: "booking.offer_accepted" },
    });
    expect(audit.actorId).toBe(second.user.id);
    const emails = await db.outboundEmail.findMany({ where: { to: second.user.email } });
    expect(emails.map((email) => email.subject)).toContainEqual(
      expect.stringContaining("Places retenues jusqu'au"),
    );
  });

  it("rejects an offer past its deadline", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    await cancelBooking(first.actor, first.booking.id);
    await makeOfferDue(second.booking.id);

    await expectDomainError(acceptOffer(second.actor, second.booking.id), "offer_expired");
    expect((await findBooking(second.booking.id)).status).toBe("OFFERED");
  });

  it("rejects a booking that is not offered", async () => {
    const session = await createSession({ capacity: 1 });
    const household = await bookFamily(session.id, 1);

    await expectDomainError(
      acceptOffer(household.actor, household.booking.id),
      "offer_not_pending",
    );
  });

  it("answers not_found for another household's booking", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    await cancelBooking(first.actor, first.booking.id);

    await expectDomainError(acceptOffer(first.actor, second.booking.id), "not_found");
    await expectDomainError(declineOffer(first.actor, second.booking.id), "not_found");
  });
});

describe("declineOffer", () => {
  it("cancels the booking and offers the places to the next family", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    const third = await bookFamily(session.id, 1);
    await cancelBooking(first.actor, first.booking.id);

    await declineOffer(second.actor, second.booking.id);

    expect((await findBooking(second.booking.id)).status).toBe("CANCELLED");
    expect((await findBooking(third.booking.id)).status).toBe("OFFERED");
    const emails = await db.outboundEmail.findMany({ where: { to: second.user.email } });
    expect(emails.map((email) => email.subject)).toContainEqual(
      expect.stringContaining("Places refusées"),
    );
    expect(await sessionPlaces(session.id)).toMatchObject({
      offeredPlaces: 1,
      offeredInBookings: 1,
    });
  });
});

describe("expireOffers", () => {
  it("expires a due offer and moves on to the next entry", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    const third = await bookFamily(session.id, 1);
    await cancelBooking(first.actor, first.booking.id);
    await makeOfferDue(second.booking.id);

    await expireOffers();

    expect((await findBooking(second.booking.id)).status).toBe("EXPIRED");
    expect((await findBooking(third.booking.id)).status).toBe("OFFERED");
    expect(await sessionPlaces(session.id)).toMatchObject({
      confirmedPlaces: 0,
      offeredPlaces: 1,
      offeredInBookings: 1,
    });
    const emails = await db.outboundEmail.findMany({ where: { to: second.user.email } });
    expect(emails.map((email) => email.subject)).toContainEqual(
      expect.stringContaining("Délai expiré"),
    );
  });

  it("leaves an offer before its deadline", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await bookFamily(session.id, 1);
    const second = await bookFamily(session.id, 1);
    await cancelBooking(first.actor, first.booking.id);

    await expireOffers();

    expect((await findBooking(second.booking.id)).status).toBe("OFFERED");
  });

  it("expires each offer once when two runs race", async () => {
    const session = await createSession({ capacity: 2 });
    const first = await bookFamily(session.id, 2);
    const second = await bookFamily(session.id, 2);
    const third = await bookFamily(session.id, 2);
    await cancelBooking(first.actor, first.booking.id);
    await makeOfferDue(second.booking.id);

    await Promise.all([expireOffers(), expireOffers(), expireOffers()]);

    expect((await findBooking(second.booking.id)).status).toBe("EXPIRED");
    expect((await findBooking(third.booking.id)).status).toBe("OFFERED");
    expect(await sessionPlaces(session.id)).toMatchObject({
      offeredPlaces: 2,
      offeredInBookings: 2,
    });
    const expiredAudits = await db.auditEntry.count({
      where: { entityId: second.booking.id, action: "booking.offer_expired" },
    });
    expect(expiredAudits).toBe(1);
    const offeredAudits = await db.auditEntry.count({
      where: { entityId: third.booking.id, action: "booking.offered" },
    });
    expect(offeredAudits).toBe(1);
  });
});
