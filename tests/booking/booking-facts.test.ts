import { describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/create-booking";
import { quoteBooking } from "@/lib/booking/quote-booking";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { bookPeople, createBookingHousehold, createSession } from "../support/booking-factories";

// createBooking reads the household in one SQL statement, and the session
// with its offer in the locking statement. These cases check what those
// reads return.
describe("createBooking facts", () => {
  it("gives each waiting family its rank", async () => {
    const session = await createSession({ capacity: 1 });
    const [first, second, third] = [
      await createBookingHousehold(),
      await createBookingHousehold(),
      await createBookingHousehold(),
    ];
    await bookPeople(first, session.id);
    await bookPeople(second, session.id);

    const created = await bookPeople(third, session.id);

    expect(created.status).toBe("WAITING");
    const email = await db.outboundEmail.findFirstOrThrow({ where: { to: third.user.email } });
    expect(email.text).toContain("position 2");
  });

  it("rejects an archived child", async () => {
    const session = await createSession();
    const family = await createBookingHousehold({
      dependants: [{ firstName: "Ancien", archivedAt: new Date("2026-03-01T10:00:00Z") }],
    });

    const error = await bookPeople(family, session.id, [family.dependants[0].id]).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("booking_ineligible");
    expect(String((error as DomainError).options.params?.details)).toContain("Ancien");
    expect(String((error as DomainError).options.params?.details)).toContain("retirée du foyer");
  });

  it("copies birth dates and ages onto participants", async () => {
    // Born on 12 July 2017, so 10 on the session's first day, 12 July 2027.
    const session = await createSession({ audience: "CHILDREN", minAge: 10, maxAge: 10 });
    const family = await createBookingHousehold({ dependants: [{ birthDate: "2017-07-12" }] });

    const created = await bookPeople(family, session.id, [family.dependants[0].id]);

    const participant = await db.bookingParticipant.findFirstOrThrow({
      where: { bookingId: created.id },
    });
    expect(participant.birthDate.toISOString()).toBe("2017-07-12T00:00:00.000Z");
    expect(participant.category).toBe("CHILD");
  });

  it.each([
    ["booking_not_open", { bookingOpensAt: new Date(Date.now() + 60_000) }],
    ["booking_closed", { bookingClosesAt: new Date(Date.now() - 60_000) }],
    ["session_cancelled", { cancelledAt: new Date(Date.now() - 60_000) }],
  ] as const)("rejects by %s read under the lock", async (rule, options) => {
    const session = await createSession(options);
    const family = await createBookingHousehold();

    const error = await bookPeople(family, session.id).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("booking_ineligible");
    const quote = await quoteBooking(db, family.actor, {
      sessionId: session.id,
      participantIds: [family.member.id],
    });
    const refusal = quote.lines[0].refusals.find((candidate) => candidate.rule === rule);
    expect(refusal).toBeDefined();
    expect(String((error as DomainError).options.params?.details)).toContain(refusal?.message);
  });

  it("queues no e-mail for a disabled account", async () => {
    const session = await createSession();
    const family = await createBookingHousehold();
    await db.user.update({ where: { id: family.user.id }, data: { disabledAt: new Date() } });

    const created = await createBooking(family.actor, {
      sessionId: session.id,
      participantIds: [family.member.id],
    });

    expect(created.status).toBe("CONFIRMED");
    expect(await db.outboundEmail.count({ where: { to: family.user.email } })).toBe(0);
  });

  it("rejects mixing two households", async () => {
    const session = await createSession();
    const family = await createBookingHousehold();
    const other = await createBookingHousehold({ dependants: [{}] });

    const booking = bookPeople(family, session.id, [family.member.id, other.dependants[0].id]);

    await expect(booking).rejects.toMatchObject({ code: "not_found" });
  });
});
