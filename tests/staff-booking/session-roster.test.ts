import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { sessionExportResponse } from "@/lib/staff/session-export-response";
import { getSessionRoster } from "@/lib/staff/session-roster";
import { createMemberHousehold, createStaffUser } from "../support/factories";
import { createOfferWithSession, insertBooking } from "../support/staff-booking-factories";

const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

/**
 * Creates a trip session starting 2027-07-05 with one booking per status.
 * The waiting bookings arrive in the order second, first, so the roster
 * must rank them by queuedAt.
 */
async function createSessionWithBookings() {
  const { offer, session } = await createOfferWithSession({
    kind: "TRIP",
    title: "Colonie « Été » à Gruissan",
    startDate: "2027-07-05",
  });
  const staff = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
  const base = new Date("2026-12-01T09:00:00Z");

  async function book(
    status: "CONFIRMED" | "OFFERED" | "WAITING" | "PENDING" | "REFUSED" | "CANCELLED",
    child: { firstName: string; birthDate: string },
    minutes: number,
  ) {
    const { household, member, user } = await createMemberHousehold();
    return insertBooking({
      sessionId: session.id,
      householdId: household.id,
      memberId: member.id,
      createdById: user.id,
      status,
      createdAt: minutesAfter(base, minutes),
      queuedAt: minutesAfter(base, minutes),
      offerExpiresAt: status === "OFFERED" ? new Date("2026-12-06T09:00:00Z") : undefined,
      participants: [{ category: "CHILD", lastName: "Martin", ...child }],
    });
  }

  const confirmed = await book(
    "CONFIRMED",
    { firstName: "=HYPERLINK(1)", birthDate: "2017-07-05" },
    1,
  );
  const offered = await book("OFFERED", { firstName: "Inès", birthDate: "2017-07-06" }, 2);
  const waitingSecond = await book("WAITING", { firstName: "Zoé", birthDate: "2018-01-01" }, 5);
  const waitingFirst = await book("WAITING", { firstName: "Léo", birthDate: "2016-02-02" }, 4);
  const pending = await book("PENDING", { firstName: "Noé", birthDate: "2015-03-03" }, 6);
  const refused = await book("REFUSED", { firstName: "Refusé", birthDate: "2015-03-03" }, 7);
  const cancelled = await book("CANCELLED", { firstName: "Annulé", birthDate: "2015-03-03" }, 8);

  // A health note on a booked child must not reach the list or the files.
  await db.dependant.updateMany({
    where: { id: { in: confirmed.participants.map((participant) => participant.dependantId!) } },
    data: { notes: "Allergie aux arachides", disability: true },
  });
  await db.offerSession.update({
    where: { id: session.id },
    data: { confirmedPlaces: 1, offeredPlaces: 1 },
  });

  return {
    offer,
    session,
    staff,
    bookings: { confirmed, offered, waitingFirst, waitingSecond, pending, refused, cancelled },
  };
}

describe("getSessionRoster", () => {
  it("groups bookings by status", async () => {
    const { session, staff, bookings } = await createSessionWithBookings();

    const roster = await getSessionRoster(staff.actor, session.id);

    const idsOf = (group: keyof typeof roster.groups) =>
      roster.groups[group].map((booking) => booking.id);
    expect(idsOf("confirmed")).toEqual([bookings.confirmed.id]);
    expect(idsOf("offered")).toEqual([bookings.offered.id]);
    expect(idsOf("waiting")).toEqual([bookings.waitingFirst.id, bookings.waitingSecond.id]);
    expect(idsOf("pending")).toEqual([bookings.pending.id]);
    expect(idsOf("closed").sort()).toEqual([bookings.refused.id, bookings.cancelled.id].sort());
  });

  it("ranks the waiting list by arrival", async () => {
    const { session, staff } = await createSessionWithBookings();

    const roster = await getSessionRoster(staff.actor, session.id);

    expect(roster.groups.waiting.map((booking) => booking.waitingRank)).toEqual([1, 2]);
    expect(roster.groups.confirmed[0].waitingRank).toBeNull();
  });

  it("counts places", async () => {
    const { session, staff } = await createSessionWithBookings();

    const roster = await getSessionRoster(staff.actor, session.id);

    expect(roster.places).toEqual({
      capacity: 10,
      confirmed: 1,
      offered: 1,
      waiting: 2,
      pending: 1,
      left: 8,
    });
  });

  it.each([
    { firstName: "=HYPERLINK(1)", age: 10, rule: "birthday on the first day" },
    { firstName: "Inès", age: 9, rule: "birthday the day after" },
  ])("gives $firstName age $age ($rule)", async ({ firstName, age }) => {
    const { session, staff } = await createSessionWithBookings();

    const roster = await getSessionRoster(staff.actor, session.id);

    const participant = [...roster.groups.confirmed, ...roster.groups.offered]
      .flatMap((booking) => booking.participants)
      .find((candidate) => candidate.firstName === firstName);
    expect(participant?.ageOnStart).toBe(age);
  });

  it.each([
    { sectors: ["PRESTATIONS_CAISSE_PRETS" as const] },
    { sectors: ["COMMUNICATION_STAGES" as const] },
    { sectors: ["FICHIER_ADHESIONS" as const] },
  ])("raises not_found for $sectors", async ({ sectors }) => {
    const { session } = await createSessionWithBookings();
    const { actor } = await createStaffUser(sectors);

    await expect(getSessionRoster(actor, session.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("sessionExportResponse", () => {
  it("sends the CSV with safe headers", async () => {
    const { session, staff } = await createSessionWithBookings();

    const response = await sessionExportResponse(staff.actor, session.id, "csv");

    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="colonie-ete-a-gruissan-2027-07-05.csv"',
    );
  });

  it("lists active bookings in the CSV", async () => {
    const { session, staff } = await createSessionWithBookings();

    const csv = await (await sessionExportResponse(staff.actor, session.id, "csv")).text();

    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(1 + 5);
    expect(lines[1]).toContain(";Martin;'=HYPERLINK(1);05/07/2017;10;Enfant;");
    expect(lines[3]).toContain(";Liste d'attente;1;Martin;Léo;");
    expect(lines[4]).toContain(";Liste d'attente;2;Martin;Zoé;");
    expect(csv).not.toContain("Refusé");
    expect(csv).not.toContain("Annulé");
  });

  it("leaves health notes out", async () => {
    const { session, staff } = await createSessionWithBookings();

    const csv = await (await sessionExportResponse(staff.actor, session.id, "csv")).text();

    expect(csv).not.toContain("Allergie");
    expect(csv.toLowerCase()).not.toContain("handicap");
  });

  it("sends an XLSX with typed cells", async () => {
    const { session, staff } = await createSessionWithBookings();

    const response = await sessionExportResponse(staff.actor, session.id, "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];

    expect(response.headers.get("Content-Disposition")).toContain('.xlsx"');
    expect(sheet.rowCount).toBe(1 + 5);
    expect(sheet.getCell("E2").value).toBe("'=HYPERLINK(1)");
    expect(sheet.getCell("E2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("G2").value).toBe(10);
    expect(sheet.getCell("N2").value).toBe(300);
  });

  it.each([
    { sectors: ["PRESTATIONS_CAISSE_PRETS" as const] },
    { sectors: ["SECRETARIAT" as const] },
  ])("answers 404 to $sectors", async ({ sectors }) => {
    const { session } = await createSessionWithBookings();
    const { actor } = await createStaffUser(sectors);

    const response = await sessionExportResponse(actor, session.id, "xlsx");

    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Disposition")).toBeNull();
  });

  it("answers 404 to a member posing as staff", async () => {
    const { session } = await createSessionWithBookings();
    const { user } = await createMemberHousehold();
    const actor = { userId: user.id, role: "STAFF" as const, sectors: ["DIRECTION" as const] };

    const response = await sessionExportResponse(actor, session.id, "csv");

    expect(response.status).toBe(404);
  });

  it("answers 404 for an unknown session", async () => {
    const { actor } = await createStaffUser(["DIRECTION"]);

    const response = await sessionExportResponse(actor, "inconnue", "csv");

    expect(response.status).toBe(404);
  });

  it.each([null, "pdf", "CSV"])("answers 400 to format %s", async (format) => {
    const { session, staff } = await createSessionWithBookings();

    const response = await sessionExportResponse(staff.actor, session.id, format);

    expect(response.status).toBe(400);
  });
});
