import { describe, expect, it } from "vitest";

import { createBooking, createOfficeBooking } from "@/lib/booking/create-booking";
import { listBookableParticipants, quoteBooking } from "@/lib/booking/quote-booking";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createStaffUser } from "../support/factories";
import {
  bookPeople,
  createBookingHousehold,
  createFamily,
  createSession,
  sessionPlaces,
  setHouseholdBracket,
} from "../support/booking-factories";
import { expectDomainError } from "../support/expect-domain-error";

function emailsTo(email: string) {
  return db.outboundEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

describe("createBooking", () => {
  it("confirms a first-come booking while places remain", async () => {
    const session = await createSession({ capacity: 2 });
    const family = await createBookingHousehold({ dependants: [{}] });

    const created = await bookPeople(family, session.id, [family.dependants[0].id]);

    expect(created.status).toBe("CONFIRMED");
    expect(created.reference).toMatch(/^R27-[0-9A-HJKMNP-TV-Z]{7}$/);
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(1);
    const booking = await db.booking.findUniqueOrThrow({
      where: { id: created.id },
      include: { participants: true },
    });
    // T4 (no tax notice) gets 10 % of 450 €.
    expect(booking.bracketPosition).toBe(4);
    expect(booking.publicPriceCents).toBe(45_000);
    expect(booking.subsidyCents).toBe(4_500);
    expect(booking.memberShareCents).toBe(40_500);
    expect(booking.queuedAt).not.toBeNull();
    expect(booking.createdById).toBe(family.user.id);
    expect(booking.participants).toHaveLength(1);
    expect(booking.participants[0]).toMatchObject({
      dependantId: family.dependants[0].id,
      memberId: null,
      category: "CHILD",
      firstName: family.dependants[0].firstName,
    });

    const [audit] = await db.auditEntry.findMany({ where: { entityId: created.id } });
    expect(audit.action).toBe("booking.created");
    expect(audit.householdId).toBe(family.household.id);
    const [email] = await emailsTo(family.user.email);
    expect(email.subject).toContain("Places retenues jusqu'au");
    expect(email.text).toContain("Payez votre part de 405,00");
    expect(email.text).toContain(created.reference);
    expect(email.text).toContain("405,00");
  });

  it("prices each person by the household's bracket", async () => {
    const session = await createSession({ subsidyCapCents: 20_000 });
    const family = await createBookingHousehold({ dependants: [{}] });
    await setHouseholdBracket(family, 1);

    const created = await bookPeople(family, session.id, [
      family.member.id,
      family.dependants[0].id,
    ]);

    const participants = await db.bookingParticipant.findMany({
      where: { bookingId: created.id },
      orderBy: { category: "asc" },
    });
    // T1 gets 50 %, capped at 200 € per participant.
    expect(participants.map((line) => line.subsidyCents)).toEqual([20_000, 20_000]);
    expect(participants.map((line) => line.memberShareCents)).toEqual([40_000, 25_000]);
    const booking = await db.booking.findUniqueOrThrow({ where: { id: created.id } });
    expect(booking.bracketPosition).toBe(1);
    expect(booking.subsidyCents).toBe(40_000);
    expect(booking.memberShareCents).toBe(65_000);
  });

  it("puts a family on the waiting list when places lack", async () => {
    const session = await createSession({ capacity: 2 });
    const first = await createBookingHousehold();
    const family = await createBookingHousehold({ dependants: [{}, {}] });
    await bookPeople(first, session.id);

    const created = await bookPeople(
      family,
      session.id,
      family.dependants.map((dependant) => dependant.id),
    );

    expect(created.status).toBe("WAITING");
    expect(await sessionPlaces(session.id)).toMatchObject({ confirmedPlaces: 1, offeredPlaces: 0 });
    const [email] = await emailsTo(family.user.email);
    expect(email.subject).toContain("Liste d'attente");
    expect(email.text).toContain("position 1");
  });

  it.each(["PRE_REGISTRATION", "CAMPAIGN"] as const)("records a %s request", async (mode) => {
    const session = await createSession({ mode, capacity: 5 });
    const household = await createBookingHousehold();

    const created = await bookPeople(household, session.id);

    expect(created.status).toBe("PENDING");
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(0);
    const [email] = await emailsTo(household.user.email);
    expect(email.subject).toContain("Demande reçue");
  });

  it("rejects an ineligible child with the rule and the name", async () => {
    const session = await createSession({ minAge: 12 });
    const family = await createBookingHousehold({
      dependants: [{ firstName: "Hugo", birthDate: "2018-01-01" }],
    });

    const attempt = bookPeople(family, session.id, [family.dependants[0].id]);

    await expectDomainError(attempt, "booking_ineligible");
    const error = (await attempt.catch((caught) => caught)) as DomainError;
    expect(error.field).toBe("participantIds");
    expect(String(error.options.params?.details)).toContain("Hugo");
    expect(String(error.options.params?.details)).toContain("l'âge minimum est 12 ans");
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("rejects a person already booked in the session", async () => {
    const session = await createSession();
    const household = await createBookingHousehold();
    await bookPeople(household, session.id);

    await expectDomainError(bookPeople(household, session.id), "booking_ineligible");
  });

  it("rejects a booking before the window opens", async () => {
    const session = await createSession({ bookingOpensAt: new Date(Date.now() + 60_000) });
    const household = await createBookingHousehold();

    await expectDomainError(bookPeople(household, session.id), "booking_ineligible");
  });

  it("answers not_found for another household's person", async () => {
    const session = await createSession();
    const household = await createBookingHousehold();
    const other = await createBookingHousehold({ dependants: [{}] });

    await expectDomainError(
      bookPeople(household, session.id, [other.dependants[0].id]),
      "not_found",
    );
  });

  it("answers not_found for an unknown session", async () => {
    const household = await createBookingHousehold();

    await expectDomainError(bookPeople(household, "no-such-session"), "not_found");
  });

  it("raises bracket_grid_missing for a year without grid", async () => {
    // No other test file creates a quotient grid for 2071.
    const session = await createSession({ startDate: "2071-07-01", endDate: "2071-07-08" });
    const household = await createBookingHousehold();

    await expectDomainError(bookPeople(household, session.id), "bracket_grid_missing");
  });

  it("rejects duplicated participants", async () => {
    const session = await createSession();
    const household = await createBookingHousehold();

    await expect(
      createBooking(household.actor, {
        sessionId: session.id,
        participantIds: [household.member.id, household.member.id],
      }),
    ).rejects.toThrow(/participants_duplicated/);
  });

  it("rejects a price that changed since the quote", async () => {
    const session = await createSession();
    const household = await createBookingHousehold();
    const request = { sessionId: session.id, participantIds: [household.member.id] };
    const quote = await quoteBooking(db, household.actor, request);
    await db.offerSession.update({ where: { id: session.id }, data: { adultPriceCents: 90_000 } });

    await expectDomainError(
      createBooking(household.actor, {
        ...request,
        expectedMemberShareCents: quote.totals.memberShareCents,
      }),
      "booking_price_changed",
    );
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);
    const requote = await quoteBooking(db, household.actor, request);
    const booking = await createBooking(household.actor, {
      ...request,
      expectedMemberShareCents: requote.totals.memberShareCents,
    });
    expect(booking.status).toBe("CONFIRMED");
  });

  it("rejects more people than the capacity", async () => {
    const session = await createSession({ capacity: 1 });
    const family = await createFamily(2);
    const childIds = family.dependants.map((dependant) => dependant.id);

    await expectDomainError(bookPeople(family, session.id, childIds), "booking_exceeds_capacity");
    expect(await db.booking.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("rejects a rental with the family ticked", async () => {
    const session = await createSession({ kind: "RENTAL", capacity: 1 });
    const family = await createFamily(1);

    await expectDomainError(
      bookPeople(family, session.id, [family.member.id, family.dependants[0].id]),
      "booking_ineligible",
    );
    const booking = await bookPeople(family, session.id, [family.member.id]);
    expect(booking.status).toBe("CONFIRMED");
  });
});

describe("createOfficeBooking", () => {
  it("books outside the window for the household", async () => {
    const session = await createSession({ bookingClosesAt: new Date(Date.now() - 60_000) });
    const household = await createBookingHousehold();
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const created = await createOfficeBooking(actor, {
      householdId: household.household.id,
      sessionId: session.id,
      participantIds: [household.member.id],
    });

    expect(created.status).toBe("CONFIRMED");
    const booking = await db.booking.findUniqueOrThrow({ where: { id: created.id } });
    expect(booking.createdById).toBe(actor.userId);
    expect(booking.memberId).toBe(household.member.id);
  });

  it("never books above capacity", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await createBookingHousehold();
    const second = await createBookingHousehold();
    const { actor } = await createStaffUser(["DIRECTION"]);
    await bookPeople(first, session.id);

    const created = await createOfficeBooking(actor, {
      householdId: second.household.id,
      sessionId: session.id,
      participantIds: [second.member.id],
    });

    expect(created.status).toBe("WAITING");
    expect((await sessionPlaces(session.id)).confirmedPlaces).toBe(1);
  });

  it("answers not_found outside the staff's sectors", async () => {
    const session = await createSession({ kind: "TRIP" });
    const household = await createBookingHousehold();
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    await expectDomainError(
      createOfficeBooking(actor, {
        householdId: household.household.id,
        sessionId: session.id,
        participantIds: [household.member.id],
      }),
      "not_found",
    );
  });
});

describe("quoteBooking", () => {
  it("returns lines, totals, outcome and places left", async () => {
    const session = await createSession({ capacity: 3 });
    const family = await createBookingHousehold({ dependants: [{ status: "PENDING" }, {}] });

    const quote = await quoteBooking(db, family.actor, {
      sessionId: session.id,
      participantIds: [family.member.id, ...family.dependants.map((dependant) => dependant.id)],
    });

    expect(quote.bracket).toEqual({ position: 4, label: "T4", isDefault: true });
    expect(quote.lines.map((line) => line.category)).toEqual(["ADULT", "CHILD", "CHILD"]);
    expect(quote.lines[1].refusals.map((refusal) => refusal.rule)).toEqual([
      "dependant_not_validated",
    ]);
    expect(quote.lines[1].refusals[0].message).toContain(family.dependants[0].firstName);
    expect(quote.totals).toEqual({
      publicPriceCents: 150_000,
      subsidyCents: 15_000,
      memberShareCents: 135_000,
    });
    expect(quote.outcome).toBe("CONFIRMED");
    expect(quote.placesLeft).toBe(3);
    expect(quote.offer.title).toBe(session.offer.title);
  });
});

describe("listBookableParticipants", () => {
  it("lists current people with their refusals", async () => {
    const session = await createSession({ audience: "CHILDREN" });
    const family = await createBookingHousehold({
      dependants: [{ firstName: "Nina" }, { firstName: "Ancien", archivedAt: new Date() }],
    });

    const people = await listBookableParticipants(db, family.household.id, session);

    expect(people.map((person) => person.firstName)).toEqual(["Camille", "Nina"]);
    expect(people[0].refusals.map((refusal) => refusal.rule)).toEqual(["children_only"]);
    expect(people[1].refusals).toEqual([]);
    expect(people[1].publicPriceCents).toBe(45_000);
  });
});
