import { describe, expect, it } from "vitest";

import { createOfficeBooking } from "@/lib/booking/create-booking";
import { db } from "@/lib/db";
import { listInbox } from "@/lib/staff/inbox";
import { listOfficeSessions, prepareOfficeBooking } from "@/lib/staff/office-booking";
import { createBookingHousehold, createSession } from "../support/booking-factories";
import { createStaffUser, uniqueSuffix } from "../support/factories";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Renames a session's offer with a unique word, so a search finds only this test's sessions. */
async function tagOffer(offerId: string, tag: string, title: string) {
  await db.offer.update({ where: { id: offerId }, data: { title: `${title} ${tag}` } });
}

describe("listOfficeSessions", () => {
  it("lists sessions of the actor's kinds", async () => {
    const tag = `tag${uniqueSuffix()}`;
    const trip = await createSession({ kind: "TRIP" });
    const ticket = await createSession({ kind: "TICKET" });
    await tagOffer(trip.offerId, tag, "Colonie");
    await tagOffer(ticket.offerId, tag, "Cinéma");
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const { sessions } = await listOfficeSessions(actor, { query: tag });

    expect(sessions.map((session) => session.id)).toEqual([trip.id]);
  });

  it("leaves out cancelled, finished and draft sessions", async () => {
    const tag = `tag${uniqueSuffix()}`;
    const open = await createSession({ startDate: "2027-08-02", endDate: "2027-08-06" });
    const cancelled = await createSession({ cancelledAt: new Date() });
    const finished = await createSession({ startDate: "2020-07-01", endDate: "2020-07-05" });
    const draft = await createSession({ status: "DRAFT" });
    for (const session of [open, cancelled, finished, draft]) {
      await tagOffer(session.offerId, tag, "Séjour");
    }
    const { actor } = await createStaffUser(["DIRECTION"]);

    const { sessions } = await listOfficeSessions(actor, {
      query: tag.toUpperCase(),
      now: new Date("2026-12-04T10:00:00Z"),
    });

    expect(sessions.map((session) => session.id)).toEqual([open.id]);
  });

  it("lists nothing to a sector without offers", async () => {
    const { actor } = await createStaffUser(["FICHIER_ADHESIONS"]);

    const result = await listOfficeSessions(actor);

    expect(result).toEqual({ sessions: [], hasMore: false });
  });
});

describe("prepareOfficeBooking", () => {
  it("prices who may take part and explains the others", async () => {
    const session = await createSession({ audience: "CHILDREN", maxAge: 17 });
    const family = await createBookingHousehold({
      dependants: [
        { firstName: "Léa", birthDate: "2015-06-02" },
        { firstName: "Tom", birthDate: "2016-01-01", status: "PENDING" },
      ],
    });
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const form = await prepareOfficeBooking(actor, {
      householdId: family.household.id,
      sessionId: session.id,
    });

    const byName = new Map(form.people.map((person) => [person.firstName, person]));
    expect(byName.get("Léa")?.refusals).toEqual([]);
    expect(byName.get("Tom")?.refusals.map((refusal) => refusal.rule)).toEqual([
      "dependant_not_validated",
    ]);
    expect(byName.get(family.member.firstName)?.refusals.map((refusal) => refusal.rule)).toEqual([
      "children_only",
      "too_old",
    ]);
    expect(form.quote?.lines.map((line) => line.firstName)).toEqual(["Léa"]);
    // No validated notice: the highest bracket (T4, 10 %) applies to 450 €.
    expect(form.quote?.lines[0].subsidyCents).toBe(4500);
    expect(form.quote?.lines[0].memberShareCents).toBe(40_500);
  });

  it("ignores a closed booking window", async () => {
    const session = await createSession({
      bookingOpensAt: new Date(Date.now() - 30 * DAY_MS),
      bookingClosesAt: new Date(Date.now() - DAY_MS),
    });
    const family = await createBookingHousehold({ dependants: [{ firstName: "Léa" }] });
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const form = await prepareOfficeBooking(actor, {
      householdId: family.household.id,
      sessionId: session.id,
    });

    expect(form.people.every((person) => person.refusals.length === 0)).toBe(true);
  });

  it("marks a child booked at the office", async () => {
    const session = await createSession();
    const family = await createBookingHousehold({ dependants: [{ firstName: "Léa" }] });
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const child = family.dependants[0];
    await createOfficeBooking(actor, {
      householdId: family.household.id,
      sessionId: session.id,
      participantIds: [child.id],
    });

    const form = await prepareOfficeBooking(actor, {
      householdId: family.household.id,
      sessionId: session.id,
    });

    const lea = form.people.find((person) => person.personId === child.id);
    expect(lea?.refusals.map((refusal) => refusal.rule)).toEqual(["already_booked"]);
  });

  it.each([
    { sectors: ["PRESTATIONS_CAISSE_PRETS" as const] },
    { sectors: ["SECRETARIAT" as const] },
  ])("raises not_found for $sectors", async ({ sectors }) => {
    const session = await createSession({ kind: "TRIP" });
    const family = await createBookingHousehold();
    const { actor } = await createStaffUser(sectors);

    await expect(
      prepareOfficeBooking(actor, { householdId: family.household.id, sessionId: session.id }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("raises not_found for an unknown household", async () => {
    const session = await createSession();
    const { actor } = await createStaffUser(["DIRECTION"]);

    await expect(
      prepareOfficeBooking(actor, { householdId: "inconnu", sessionId: session.id }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

/** Returns whether a booking is on any page of the actor's pre-registrations from the last two days. */
async function isInInbox(actor: Parameters<typeof listInbox>[0], bookingId: string) {
  for (let page = 1; ; page += 1) {
    const result = await listInbox(actor, { kind: "booking", age: "lt2", page });
    if (result.items.some((item) => item.id === bookingId)) return true;
    if (page >= result.pageCount) return false;
  }
}

describe("office pre-registration", () => {
  it("waits in the inbox of the offer's sector", async () => {
    const session = await createSession({ kind: "ACTIVITY", mode: "PRE_REGISTRATION" });
    const family = await createBookingHousehold({ dependants: [{ firstName: "Léa" }] });
    const { actor } = await createStaffUser(["COMMUNICATION_STAGES"]);
    const { actor: cashier } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);

    const booking = await createOfficeBooking(actor, {
      householdId: family.household.id,
      sessionId: session.id,
      participantIds: [family.dependants[0].id],
    });

    expect(booking.status).toBe("PENDING");
    expect(await isInInbox(actor, booking.id)).toBe(true);
    expect(await isInInbox(cashier, booking.id)).toBe(false);
  });
});
