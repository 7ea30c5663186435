import { describe, expect, it } from "vitest";

import { changeSessionCapacity } from "@/lib/booking/session-capacity";
import { approveBooking, moveToWaitingList, refuseBooking } from "@/lib/booking/staff-decisions";
import { db } from "@/lib/db";
import { createStaffUser } from "../support/factories";
import {
  bookPeople,
  createBookingHousehold,
  createSession,
  findBooking,
  sessionPlaces,
} from "../support/booking-factories";
import { expectDomainError } from "../support/expect-domain-error";

async function createRequests(count: number, capacity: number) {
  const session = await createSession({ mode: "PRE_REGISTRATION", capacity });
  const requests = [];
  for (let index = 0; index < count; index += 1) {
    const household = await createBookingHousehold();
    requests.push({ ...household, booking: await bookPeople(household, session.id) });
  }
  return { session, requests };
}

describe("approveBooking", () => {
  it("confirms a request while places are free", async () => {
    const { session, requests } = await createRequests(1, 1);
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    await approveBooking(actor, requests[0].booking.id);

    const booking = await findBooking(requests[0].booking.id);
    expect(booking.status).toBe("CONFIRMED");
    expect(booking.decidedById).toBe(actor.userId);
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(1);
    const email = await db.outboundEmail.findFirstOrThrow({
      where: { to: requests[0].user.email, subject: { startsWith: "Places retenues" } },
    });
    expect(email.text).toContain("Votre demande est acceptée.");
    expect(email.text).toContain(requests[0].booking.reference);
  });

  it("raises session_full when the places are taken", async () => {
    const { requests } = await createRequests(2, 1);
    const { actor } = await createStaffUser(["DIRECTION"]);
    await approveBooking(actor, requests[0].booking.id);

    const attempt = approveBooking(actor, requests[1].booking.id);

    await expectDomainError(attempt, "session_full");
    await expect(attempt).rejects.toMatchObject({
      options: { params: { placesLeft: 0, places: 1 } },
    });
    expect((await findBooking(requests[1].booking.id)).status).toBe("PENDING");
  });

  it("raises booking_ineligible once the membership is cancelled", async () => {
    const { session, requests } = await createRequests(1, 1);
    const { actor } = await createStaffUser(["DIRECTION"]);
    await db.membership.updateMany({
      where: { memberId: requests[0].member.id, year: 2027 },
      data: { status: "CANCELLED" },
    });

    await expectDomainError(approveBooking(actor, requests[0].booking.id), "booking_ineligible");
    expect((await findBooking(requests[0].booking.id)).status).toBe("PENDING");
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(0);
  });

  it("raises booking_already_decided on a second decision", async () => {
    const { requests } = await createRequests(1, 1);
    const { actor } = await createStaffUser(["DIRECTION"]);
    await approveBooking(actor, requests[0].booking.id);

    await expectDomainError(
      approveBooking(actor, requests[0].booking.id),
      "booking_already_decided",
    );
  });

  it("answers not_found outside the staff's sectors", async () => {
    const { requests } = await createRequests(1, 1);
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    await expectDomainError(approveBooking(actor, requests[0].booking.id), "not_found");
    await expectDomainError(refuseBooking(actor, requests[0].booking.id, "Motif"), "not_found");
    await expectDomainError(moveToWaitingList(actor, requests[0].booking.id), "not_found");
  });
});

describe("refuseBooking", () => {
  it("refuses with the reason sent to the member", async () => {
    const { requests } = await createRequests(1, 1);
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    await refuseBooking(actor, requests[0].booking.id, "Dossier incomplet");

    const booking = await findBooking(requests[0].booking.id);
    expect(booking.status).toBe("REFUSED");
    expect(booking.refusalReason).toBe("Dossier incomplet");
    const email = await db.outboundEmail.findFirstOrThrow({
      where: { to: requests[0].user.email, subject: { startsWith: "Demande non retenue" } },
    });
    expect(email.text).toContain("Dossier incomplet");
  });

  it("requires a reason", async () => {
    const { requests } = await createRequests(1, 1);
    const { actor } = await createStaffUser(["DIRECTION"]);

    await expectDomainError(refuseBooking(actor, requests[0].booking.id, ""), "reason_required");
  });

  it("releases an offer's places to the next family", async () => {
    const session = await createSession({ capacity: 1 });
    const households = await Promise.all([1, 2, 3].map(() => createBookingHousehold()));
    const bookings = [];
    for (const household of households) bookings.push(await bookPeople(household, session.id));
    const { actor } = await createStaffUser(["DIRECTION"]);
    await db.$transaction((tx) => changeSessionCapacity(tx, actor, session.id, 2));
    expect((await findBooking(bookings[1].id)).status).toBe("OFFERED");

    await refuseBooking(actor, bookings[1].id, "Doublon");

    expect((await findBooking(bookings[2].id)).status).toBe("OFFERED");
    expect(await sessionPlaces(session.id)).toMatchObject({
      confirmedPlaces: 1,
      offeredPlaces: 1,
      offeredInBookings: 1,
    });
  });
});

describe("moveToWaitingList", () => {
  it("keeps the request's arrival rank", async () => {
    const { requests } = await createRequests(2, 1);
    const { actor } = await createStaffUser(["DIRECTION"]);
    await approveBooking(actor, requests[0].booking.id);

    await moveToWaitingList(actor, requests[1].booking.id);

    const booking = await findBooking(requests[1].booking.id);
    expect(booking.status).toBe("WAITING");
    const email = await db.outboundEmail.findFirstOrThrow({
      where: { to: requests[1].user.email, subject: { startsWith: "Liste d'attente" } },
    });
    expect(email.text).toContain("position 1");
  });
});

describe("changeSessionCapacity", () => {
  it("refuses a capacity below the booked places", async () => {
    const session = await createSession({ capacity: 3 });
    const household = await createBookingHousehold();
    await bookPeople(household, session.id);
    const { actor } = await createStaffUser(["DIRECTION"]);

    const attempt = db.$transaction((tx) => changeSessionCapacity(tx, actor, session.id, 0));

    await expectDomainError(attempt, "capacity_below_booked");
    await expect(attempt).rejects.toMatchObject({
      field: "capacity",
      options: { params: { booked: 1 } },
    });
  });

  it("offers the new places to the waiting list", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await createBookingHousehold();
    const second = await createBookingHousehold();
    await bookPeople(first, session.id);
    const waiting = await bookPeople(second, session.id);
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const result = await db.$transaction((tx) => changeSessionCapacity(tx, actor, session.id, 2));

    expect(result.offered.map((offer) => offer.bookingId)).toEqual([waiting.id]);
    expect(await sessionPlaces(session.id)).toMatchObject({
      capacity: 2,
      confirmedPlaces: 1,
      offeredPlaces: 1,
    });
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: session.id, action: "session.capacity_changed" },
    });
    expect(audit.after).toEqual({ capacity: 2 });
  });

  it("answers not_found outside the staff's sectors", async () => {
    const session = await createSession({ kind: "RENTAL" });
    const { actor } = await createStaffUser(["COMMUNICATION_STAGES"]);

    await expectDomainError(
      db.$transaction((tx) => changeSessionCapacity(tx, actor, session.id, 20)),
      "not_found",
    );
  });
});
