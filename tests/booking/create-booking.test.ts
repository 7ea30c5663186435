import { describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/create-booking";
import { db } from "@/lib/db";
import { createBookingHousehold, createSession, sessionPlaces } from "../support/booking-factories";

describe("createBooking", () => {
  it("confirms a first-come booking while places remain", async () => {
    const session = await createSession({ capacity: 2 });
    const family = await createBookingHousehold({ dependants: [{}] });

    const created = await createBooking(family.actor, {
      sessionId: session.id,
      participantIds: [family.dependants[0].id],
    });

    expect(created.status).toBe("CONFIRMED");
    expect(created.reference).toMatch(/^R27-[0-9A-HJKMNP-TV-Z]{7}$/);
    const places = await sessionPlaces(session.id);
    expect(places.confirmedPlaces).toBe(1);
    const booking = await db.booking.findUniqueOrThrow({
      where: { id: created.id },
      include: { participants: true },
    });
    // T4 (no tax notice) gets 10 % of 450 €.
    expect(booking.publicPriceCents).toBe(45_000);
    expect(booking.subsidyCents).toBe(4_500);
    expect(booking.memberShareCents).toBe(40_500);
    expect(booking.participants).toHaveLength(1);
  });
});
