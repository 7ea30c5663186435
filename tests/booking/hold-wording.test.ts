import { describe, expect, it } from "vitest";

import { cancelBooking } from "@/lib/booking/cancel-booking";
import { createOfficeBooking } from "@/lib/booking/create-booking";
import { memberStatusKey } from "@/lib/booking/member-status";
import { expireOffers } from "@/lib/booking/waiting-list";
import { db } from "@/lib/db";
import { expireHolds } from "@/lib/payments/hold-expiry";
import {
  bookPeople,
  createBookingHousehold,
  createSession,
  findBooking,
} from "../support/booking-factories";
import { createStaffUser } from "../support/factories";

describe("memberStatusKey", () => {
  const held = new Date("2027-05-01T10:00:00Z");
  it.each([
    { status: "CONFIRMED", holdExpiresAt: held, key: "HELD" },
    { status: "CONFIRMED", holdExpiresAt: null, key: "CONFIRMED" },
    { status: "EXPIRED", holdExpiresAt: held, key: "HOLD_EXPIRED" },
    { status: "EXPIRED", holdExpiresAt: null, key: "EXPIRED" },
    { status: "CANCELLED", holdExpiresAt: null, key: "CANCELLED" },
  ] as const)("maps $status with hold $holdExpiresAt to $key", ({ key, ...booking }) => {
    expect(memberStatusKey(booking)).toBe(key);
  });

  it("tells a hold expiry from an offer expiry", async () => {
    const session = await createSession({ capacity: 1 });
    const first = await createBookingHousehold();
    const second = await createBookingHousehold();
    const heldBooking = await bookPeople(first, session.id);
    const waiting = await bookPeople(second, session.id);
    await db.booking.update({
      where: { id: heldBooking.id },
      data: { holdExpiresAt: new Date(Date.now() - 1_000) },
    });

    await expireHolds(new Date());
    const offered = await findBooking(waiting.id);
    expect(offered.status).toBe("OFFERED");
    await expireOffers(new Date(offered.offerExpiresAt!.getTime() + 1_000));

    expect(memberStatusKey(await findBooking(heldBooking.id))).toBe("HOLD_EXPIRED");
    expect(memberStatusKey(await findBooking(waiting.id))).toBe("EXPIRED");
  });

  it("clears the hold of a cancelled booking", async () => {
    const session = await createSession({ capacity: 2 });
    const household = await createBookingHousehold();
    const booking = await bookPeople(household, session.id);

    await cancelBooking(household.actor, booking.id);

    expect(memberStatusKey(await findBooking(booking.id))).toBe("CANCELLED");
  });
});

describe("confirmation e-mail", () => {
  it("gives the hold's end and how to pay", async () => {
    const session = await createSession({ capacity: 2 });
    const household = await createBookingHousehold();

    await bookPeople(household, session.id);

    const [email] = await db.outboundEmail.findMany({ where: { to: household.user.email } });
    expect(email.subject).toMatch(/^Places retenues jusqu'au \d+ \S+ \d{4} à \d\d:\d\d : /);
    expect(email.text).toContain("par carte en ligne");
    expect(email.text).toContain("payer à l'accueil");
    expect(email.text).toContain("proposées à d'autres familles");
    expect(email.text).not.toContain("est confirmée");
  });

  it("confirms an office booking without a hold", async () => {
    const session = await createSession({ capacity: 2 });
    const household = await createBookingHousehold();
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);

    await createOfficeBooking(actor, {
      householdId: household.household.id,
      sessionId: session.id,
      participantIds: [household.member.id],
    });

    const [email] = await db.outboundEmail.findMany({ where: { to: household.user.email } });
    expect(email.subject).toMatch(/^Réservation confirmée : /);
    expect(email.text).not.toContain("retenues");
  });
});
