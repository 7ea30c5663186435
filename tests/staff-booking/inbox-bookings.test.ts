import { describe, expect, it } from "vitest";

import type { OfferKind, StaffSector } from "@/lib/generated/prisma/enums";
import { listInbox } from "@/lib/staff/inbox";
import { createMemberHousehold, createStaffUser } from "../support/factories";
import { createOfferWithSession, insertBooking } from "../support/staff-booking-factories";

// Each test dates its bookings in a past era of its own and filters on
// "2 to 7 days", so other test files' items (dated today, or in the
// 1980s and 1990s for the inbox tests) never match.
let eraIndex = 0;
function nextEra() {
  eraIndex += 1;
  return new Date(Date.UTC(1950 - eraIndex * 2, 2, 10, 12));
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * DAY_MS);

const KINDS: OfferKind[] = ["TRIP", "RENTAL", "ACTIVITY", "TICKET"];

/** Creates one PENDING booking per offer kind, three days before `now`. */
async function createPendingBookings(now: Date) {
  const { household, member, user } = await createMemberHousehold();
  const byKind = {} as Record<OfferKind, string>;
  for (const kind of KINDS) {
    const { session } = await createOfferWithSession({ kind });
    const booking = await insertBooking({
      sessionId: session.id,
      householdId: household.id,
      memberId: member.id,
      createdById: user.id,
      createdAt: daysBefore(now, 3),
      participants: [
        { category: "ADULT", firstName: "Camille", lastName: "Test", birthDate: "1985-03-14" },
      ],
    });
    byKind[kind] = booking.id;
  }
  return byKind;
}

function bookingIds(result: Awaited<ReturnType<typeof listInbox>>) {
  return result.items.filter((item) => item.kind === "booking").map((item) => item.id);
}

describe("listInbox pre-registrations by sector", () => {
  it.each<{ sectors: StaffSector[]; kinds: OfferKind[] }>([
    { sectors: ["VACANCES_SPORTS_LOISIRS"], kinds: ["TRIP", "RENTAL", "ACTIVITY"] },
    { sectors: ["COMMUNICATION_STAGES"], kinds: ["ACTIVITY"] },
    { sectors: ["PRESTATIONS_CAISSE_PRETS"], kinds: ["TICKET"] },
    { sectors: ["FICHIER_ADHESIONS"], kinds: [] },
    { sectors: ["ACTION_SOCIALE"], kinds: [] },
    { sectors: ["DIRECTION"], kinds: KINDS },
  ])("$sectors sees $kinds", async ({ sectors, kinds }) => {
    const now = nextEra();
    const byKind = await createPendingBookings(now);
    const { actor } = await createStaffUser(sectors);

    const result = await listInbox(actor, { age: "2to7" }, now);

    expect(bookingIds(result).sort()).toEqual(kinds.map((kind) => byKind[kind]).sort());
    expect(result.counts.booking).toBe(kinds.length);
  });

  it.each<{ sector: StaffSector; kinds: OfferKind[] }>([
    { sector: "VACANCES_SPORTS_LOISIRS", kinds: ["TRIP", "RENTAL", "ACTIVITY"] },
    { sector: "COMMUNICATION_STAGES", kinds: ["ACTIVITY"] },
    { sector: "PRESTATIONS_CAISSE_PRETS", kinds: ["TICKET"] },
    { sector: "SECRETARIAT", kinds: [] },
  ])("Direction filtered on $sector sees $kinds", async ({ sector, kinds }) => {
    const now = nextEra();
    const byKind = await createPendingBookings(now);
    const { actor } = await createStaffUser(["DIRECTION"]);

    const result = await listInbox(actor, { age: "2to7", sector }, now);

    expect(bookingIds(result).sort()).toEqual(kinds.map((kind) => byKind[kind]).sort());
    expect(result.counts.booking).toBe(kinds.length);
  });

  it.each<{ sector: StaffSector; kinds: OfferKind[] }>([
    { sector: "VACANCES_SPORTS_LOISIRS", kinds: ["ACTIVITY"] },
    { sector: "PRESTATIONS_CAISSE_PRETS", kinds: [] },
  ])("Communication filtered on $sector sees $kinds", async ({ sector, kinds }) => {
    const now = nextEra();
    const byKind = await createPendingBookings(now);
    const { actor } = await createStaffUser(["COMMUNICATION_STAGES"]);

    const result = await listInbox(actor, { age: "2to7", sector }, now);

    expect(bookingIds(result)).toEqual(kinds.map((kind) => byKind[kind]));
    expect(result.counts.booking).toBe(kinds.length);
  });
});

describe("listInbox pre-registrations", () => {
  it("lists only PENDING bookings", async () => {
    const now = nextEra();
    const { household, member, user } = await createMemberHousehold();
    const { session } = await createOfferWithSession();
    const statuses = ["PENDING", "CONFIRMED", "WAITING", "OFFERED", "REFUSED", "CANCELLED"];
    const ids = new Map<string, string>();
    for (const status of statuses) {
      const booking = await insertBooking({
        sessionId: session.id,
        householdId: household.id,
        memberId: member.id,
        createdById: user.id,
        status: status as "PENDING",
        createdAt: daysBefore(now, 4),
        participants: [
          { category: "ADULT", firstName: "Camille", lastName: "Test", birthDate: "1985-03-14" },
        ],
      });
      ids.set(status, booking.id);
    }
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const result = await listInbox(actor, { age: "2to7" }, now);

    expect(bookingIds(result)).toEqual([ids.get("PENDING")]);
    expect(result.counts.booking).toBe(1);
  });

  it("lists the oldest first", async () => {
    const now = nextEra();
    const { household, member, user } = await createMemberHousehold();
    const { session } = await createOfferWithSession();
    const created: string[] = [];
    for (const days of [6, 5, 4, 3]) {
      const booking = await insertBooking({
        sessionId: session.id,
        householdId: household.id,
        memberId: member.id,
        createdById: user.id,
        createdAt: daysBefore(now, days),
        participants: [
          { category: "CHILD", firstName: "Léo", lastName: "Test", birthDate: "2016-05-01" },
        ],
      });
      created.push(booking.id);
    }
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const result = await listInbox(actor, { age: "2to7", kind: "booking" }, now);

    expect(result.items.map((item) => item.id)).toEqual(created);
    expect(result.total).toBe(4);
  });

  it("filters by kind and still counts every kind", async () => {
    const now = nextEra();
    const byKind = await createPendingBookings(now);
    const { actor } = await createStaffUser(["DIRECTION"]);

    const result = await listInbox(actor, { age: "2to7", kind: "booking" }, now);

    expect(result.items.every((item) => item.kind === "booking")).toBe(true);
    expect(result.total).toBe(KINDS.length);
    expect(result.counts).toEqual({ membership: 0, dependant: 0, document: 0, booking: 4 });
    expect(bookingIds(result).sort()).toEqual(Object.values(byKind).sort());
  });

  it("describes a pre-registration for the list", async () => {
    const now = nextEra();
    const { household, member, user } = await createMemberHousehold();
    const { offer, session } = await createOfferWithSession({ title: "Colonie à la mer" });
    const booking = await insertBooking({
      sessionId: session.id,
      householdId: household.id,
      memberId: member.id,
      createdById: user.id,
      createdAt: daysBefore(now, 2),
      participants: [
        { category: "CHILD", firstName: "Léo", lastName: "Test", birthDate: "2016-05-01" },
        { category: "CHILD", firstName: "Zoé", lastName: "Test", birthDate: "2018-09-12" },
      ],
    });
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    const result = await listInbox(actor, { age: "2to7", kind: "booking" }, now);

    const [item] = result.items;
    expect(item.id).toBe(booking.id);
    expect(item.householdId).toBe(household.id);
    expect(item.person).toBe(`${member.firstName} ${member.lastName}`);
    expect(item.employeeNumber).toBe(member.employeeNumber);
    expect(item.booking).toEqual({
      reference: booking.reference,
      offerTitle: offer.title,
      sessionLabel: null,
      startDate: session.startDate,
      endDate: session.endDate,
      places: 2,
    });
  });
});
