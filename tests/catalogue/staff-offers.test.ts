// Staff catalogue functions on the real PostgreSQL: sector access, audit,
// capacity rules and publishing.
import { describe, expect, it } from "vitest";

import {
  blankOfferValues,
  blankSessionValues,
  sessionFormValues,
} from "@/lib/catalogue/form-values";
import { createOffer, setOfferStatus, updateOffer } from "@/lib/catalogue/save-offer";
import { createSession, updateSession } from "@/lib/catalogue/save-session";
import type { OfferInput, SessionInput } from "@/lib/catalogue/schemas";
import { getOfferForStaff, listOffersForStaff } from "@/lib/catalogue/staff-offers";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { OfferKind, StaffSector } from "@/lib/generated/prisma/enums";

import { createBooking } from "@/lib/booking/create-booking";

import { createFamily, createSession as createBookableSession } from "../support/booking-factories";
import { createOffer as createOfferFixture } from "../support/catalogue-factories";
import { createStaffUser, uniqueSuffix } from "../support/factories";

async function expectDomainError(promise: Promise<unknown>, code: string, field?: string) {
  await expect(promise).rejects.toBeInstanceOf(DomainError);
  await expect(promise).rejects.toMatchObject({ code });
  if (field) await expect(promise).rejects.toMatchObject({ field });
}

function offerInput(kind: OfferKind, overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    ...blankOfferValues(kind),
    title: "Offre de test",
    slug: `offre-${uniqueSuffix()}`,
    description: "Description.",
    organiser: "Organisateur",
    placeLabel: "Toulouse",
    subsidies: ["70", "60", "", "", "", "", "", "10"],
    subsidyCap: "400,00",
    cancellationTiers: [{ daysBefore: "7", retainedPercent: "100" }],
    sourceUrls: "https://example.test/source",
    ...overrides,
  };
}

/** Returns the form values of a session as stored now, as the edit page loads them. */
async function loadedValues(sessionId: string) {
  return sessionFormValues(await db.offerSession.findUniqueOrThrow({ where: { id: sessionId } }));
}

function sessionInput(overrides: Partial<SessionInput> = {}): SessionInput {
  return {
    ...blankSessionValues(),
    startDate: "2027-07-11",
    endDate: "2027-07-17",
    capacity: "20",
    childPrice: "450",
    bookingOpensAt: "2026-12-01T09:00",
    bookingClosesAt: "2027-06-20T23:59",
    cancellationDeadline: "2027-07-03",
    ...overrides,
  };
}

describe("offer sector access", () => {
  // Which sectors may open an offer of each kind. Direction manages every kind.
  const cases: { sector: StaffSector; kind: OfferKind; allowed: boolean }[] = [
    { sector: "VACANCES_SPORTS_LOISIRS", kind: "TRIP", allowed: true },
    { sector: "VACANCES_SPORTS_LOISIRS", kind: "RENTAL", allowed: true },
    { sector: "VACANCES_SPORTS_LOISIRS", kind: "TICKET", allowed: false },
    { sector: "COMMUNICATION_STAGES", kind: "ACTIVITY", allowed: true },
    { sector: "COMMUNICATION_STAGES", kind: "TRIP", allowed: false },
    { sector: "PRESTATIONS_CAISSE_PRETS", kind: "TICKET", allowed: true },
    { sector: "PRESTATIONS_CAISSE_PRETS", kind: "ACTIVITY", allowed: false },
    { sector: "FICHIER_ADHESIONS", kind: "TRIP", allowed: false },
    { sector: "DIRECTION", kind: "TICKET", allowed: true },
  ];

  it.each(cases)("$sector opens $kind: $allowed", async ({ sector, kind, allowed }) => {
    const { actor } = await createStaffUser([sector]);
    const offer = await createOfferFixture({ kind, status: "DRAFT" });
    const opened = getOfferForStaff(db, actor, offer.id);
    if (allowed) {
      await expect(opened).resolves.toMatchObject({ id: offer.id, sourceNote: "Note interne" });
    } else {
      await expectDomainError(opened, "not_found");
      await expectDomainError(updateOffer(actor, offer.id, offerInput(kind)), "not_found");
      await expectDomainError(setOfferStatus(actor, offer.id, "ARCHIVED"), "not_found");
    }
  });

  it("lists only the kinds the sector manages", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const ticket = await createOfferFixture({ kind: "TICKET", status: "DRAFT" });
    await createOfferFixture({ kind: "TRIP", status: "DRAFT" });
    const listed = await listOffersForStaff(db, actor, { page: 1 });
    expect(listed.kinds).toEqual(["TICKET"]);
    expect(listed.offers.every((offer) => offer.kind === "TICKET")).toBe(true);
    expect(listed.offers.some((offer) => offer.id === ticket.id)).toBe(true);
    await expectDomainError(listOffersForStaff(db, actor, { kind: "TRIP", page: 1 }), "not_found");
  });

  it("rejects creating a kind outside the sectors", async () => {
    const { actor } = await createStaffUser(["COMMUNICATION_STAGES"]);
    await expectDomainError(createOffer(actor, offerInput("TRIP")), "not_found");
  });
});

describe("createOffer and updateOffer", () => {
  it("stores cents and basis points and audits the change", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const { id } = await createOffer(actor, offerInput("TRIP"));
    const offer = await getOfferForStaff(db, actor, id);
    expect(offer.status).toBe("DRAFT");
    expect(offer.subsidyCapCents).toBe(40_000);
    expect(offer.subsidies.map((row) => [row.bracketPosition, row.value])).toEqual([
      [1, 7_000],
      [2, 6_000],
      [8, 1_000],
    ]);

    await updateOffer(actor, id, offerInput("TRIP", { slug: offer.slug, subsidyCap: "" }));
    const updated = await getOfferForStaff(db, actor, id);
    expect(updated.subsidyCapCents).toBeNull();

    const actions = await db.auditEntry.findMany({
      where: { entityId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["offer.created", "offer.updated"]);
    expect(actions[1].actorId).toBe(actor.userId);
  });

  it("rejects a slug already in use on the slug field", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const first = offerInput("TRIP");
    await createOffer(actor, first);
    await expectDomainError(
      createOffer(actor, offerInput("TRIP", { slug: first.slug })),
      "slug_taken",
      "slug",
    );
  });
});

describe("setOfferStatus", () => {
  it("rejects publishing an unpriced session", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const offer = await createOfferFixture({
      status: "DRAFT",
      sessions: [
        { start: "2027-07-11", end: "2027-07-17", adultPriceCents: null, childPriceCents: null },
      ],
    });
    await expectDomainError(setOfferStatus(actor, offer.id, "PUBLISHED"), "offer_price_missing");

    await db.offerSession.updateMany({
      where: { offerId: offer.id },
      data: { childPriceCents: 500 },
    });
    await setOfferStatus(actor, offer.id, "PUBLISHED");
    const published = await db.offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(published.status).toBe("PUBLISHED");
    const audit = await db.auditEntry.findFirst({
      where: { entityId: offer.id, action: "offer.published" },
    });
    expect(audit?.before).toEqual({ status: "DRAFT" });
  });
});

describe("createSession and updateSession", () => {
  it("creates a session with Paris times and audits it", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const offer = await createOfferFixture({ status: "DRAFT" });
    const { id } = await createSession(actor, offer.id, sessionInput());
    const session = await db.offerSession.findUniqueOrThrow({ where: { id } });
    expect(session.bookingOpensAt.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(session.childPriceCents).toBe(45_000);
    expect(session.adultPriceCents).toBeNull();
    const audit = await db.auditEntry.findFirst({
      where: { entityId: id, action: "session.created" },
    });
    expect(audit?.actorId).toBe(actor.userId);
  });

  it("rejects a capacity below confirmed and offered places", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const offer = await createOfferFixture({
      sessions: [
        {
          start: "2027-07-11",
          end: "2027-07-17",
          capacity: 10,
          confirmedPlaces: 6,
          offeredPlaces: 2,
        },
      ],
    });
    const sessionId = offer.sessions[0].id;
    await expectDomainError(
      updateSession(
        actor,
        sessionId,
        sessionInput({ capacity: "7" }),
        await loadedValues(sessionId),
      ),
      "capacity_below_booked",
      "capacity",
    );
    await updateSession(
      actor,
      sessionId,
      sessionInput({ capacity: "8", label: "Semaine 1" }),
      await loadedValues(sessionId),
    );
    const session = await db.offerSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.capacity).toBe(8);
    expect(session.label).toBe("Semaine 1");
  });

  it("rejects a session of an offer outside the sectors", async () => {
    const { actor } = await createStaffUser(["PRESTATIONS_CAISSE_PRETS"]);
    const offer = await createOfferFixture({
      kind: "TRIP",
      sessions: [{ start: "2027-07-11", end: "2027-07-17" }],
    });
    await expectDomainError(createSession(actor, offer.id, sessionInput()), "not_found");
    await expectDomainError(
      updateSession(
        actor,
        offer.sessions[0].id,
        sessionInput(),
        await loadedValues(offer.sessions[0].id),
      ),
      "not_found",
    );
  });

  it("rejects a save over another editor's change", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const offer = await createOfferFixture({
      sessions: [{ start: "2027-07-11", end: "2027-07-17", capacity: 12 }],
    });
    const sessionId = offer.sessions[0].id;
    const openedByBoth = await loadedValues(sessionId);
    await updateSession(actor, sessionId, { ...openedByBoth, label: "Semaine A" }, openedByBoth);

    await expectDomainError(
      updateSession(actor, sessionId, { ...openedByBoth, capacity: "25" }, openedByBoth),
      "session_edited_meanwhile",
    );
    const session = await db.offerSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.label).toBe("Semaine A");
    expect(session.capacity).toBe(12);
  });

  it("keeps pre-registration while requests wait", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const session = await createBookableSession({ capacity: 5, mode: "PRE_REGISTRATION" });
    const family = await createFamily(1);
    await createBooking(family.actor, {
      sessionId: session.id,
      participantIds: [family.dependants[0].id],
    });
    const loaded = await loadedValues(session.id);

    await expectDomainError(
      updateSession(actor, session.id, { ...loaded, mode: "FIRST_COME" }, loaded),
      "session_has_pending_requests",
      "mode",
    );
  });

  it("offers a raised capacity to the waiting list", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const session = await createBookableSession({ capacity: 1 });
    const first = await createFamily(1);
    const second = await createFamily(1);
    const book = (family: typeof first) =>
      createBooking(family.actor, {
        sessionId: session.id,
        participantIds: [family.dependants[0].id],
      });
    expect((await book(first)).status).toBe("CONFIRMED");
    const waiting = await book(second);
    expect(waiting.status).toBe("WAITING");

    await updateSession(
      actor,
      session.id,
      sessionInput({
        startDate: "2027-07-12",
        endDate: "2027-07-23",
        capacity: "2",
        adultPrice: "600",
        cancellationDeadline: "2027-06-30",
      }),
      await loadedValues(session.id),
    );
    const promoted = await db.booking.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(promoted.status).toBe("OFFERED");
    const updated = await db.offerSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(updated.offeredPlaces).toBe(1);
    expect(updated.confirmedPlaces).toBe(1);
  });
});
