import { describe, expect, it } from "vitest";

import { cancelBookingAsStaff } from "@/lib/booking/cancel-booking";
import { createBooking } from "@/lib/booking/create-booking";
import { approveBooking, moveToWaitingList, refuseBooking } from "@/lib/booking/staff-decisions";
import { getBookingForReview } from "@/lib/staff/booking-review";
import { createBookingHousehold, createSession } from "../support/booking-factories";
import { createStaffUser } from "../support/factories";

/** Creates a one-place pre-registration session and two families who asked for it. */
async function createTwoRequestsForOnePlace() {
  const session = await createSession({ mode: "PRE_REGISTRATION", capacity: 1 });
  const first = await createBookingHousehold({ dependants: [{ firstName: "Léa" }] });
  const second = await createBookingHousehold({ dependants: [{ firstName: "Tom" }] });
  const firstBooking = await createBooking(first.actor, {
    sessionId: session.id,
    participantIds: [first.dependants[0].id],
  });
  const secondBooking = await createBooking(second.actor, {
    sessionId: session.id,
    participantIds: [second.dependants[0].id],
  });
  const staff = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
  return { session, first, second, firstBooking, secondBooking, staff };
}

describe("getBookingForReview", () => {
  it("returns participants with age on the first day", async () => {
    const { firstBooking, staff } = await createTwoRequestsForOnePlace();

    const review = await getBookingForReview(staff.actor, firstBooking.id);

    expect(review.booking.status).toBe("PENDING");
    expect(review.booking.participants).toHaveLength(1);
    // Born 2015-06-02, the child is 12 on 2027-07-12.
    expect(review.booking.participants[0].ageOnStart).toBe(12);
    expect(review.household.members).toHaveLength(1);
  });

  it("records approval in the history", async () => {
    const { firstBooking, staff } = await createTwoRequestsForOnePlace();
    await approveBooking(staff.actor, firstBooking.id);

    const review = await getBookingForReview(staff.actor, firstBooking.id);

    expect(review.history.map((step) => step.action)).toEqual([
      "booking.created",
      "booking.approved",
    ]);
    expect(review.history.map((step) => step.status)).toEqual(["PENDING", "CONFIRMED"]);
    expect(review.history[1].actorName).toBe(staff.user.displayName);
  });

  it("ranks a request moved to the waiting list", async () => {
    const { firstBooking, secondBooking, staff } = await createTwoRequestsForOnePlace();
    await approveBooking(staff.actor, firstBooking.id);
    await expect(approveBooking(staff.actor, secondBooking.id)).rejects.toMatchObject({
      code: "session_full",
    });
    await moveToWaitingList(staff.actor, secondBooking.id);

    const review = await getBookingForReview(staff.actor, secondBooking.id);

    expect(review.booking.status).toBe("WAITING");
    expect(review.booking.waitingRank).toBe(1);
    expect(review.history.at(-1)?.action).toBe("booking.waitlisted");
  });

  it("shows the refusal reason", async () => {
    const { firstBooking, staff } = await createTwoRequestsForOnePlace();
    await refuseBooking(staff.actor, firstBooking.id, "Séjour réservé aux 6-10 ans.");

    const review = await getBookingForReview(staff.actor, firstBooking.id);

    expect(review.booking.refusalReason).toBe("Séjour réservé aux 6-10 ans.");
    expect(review.history.at(-1)?.reason).toBe("Séjour réservé aux 6-10 ans.");
  });

  it("shows the cancellation reason", async () => {
    const { firstBooking, staff } = await createTwoRequestsForOnePlace();
    await approveBooking(staff.actor, firstBooking.id);
    await cancelBookingAsStaff(staff.actor, firstBooking.id, "Annulé à la demande du foyer.");

    const review = await getBookingForReview(staff.actor, firstBooking.id);

    expect(review.history.at(-1)?.status).toBe("CANCELLED");
    expect(review.history.at(-1)?.reason).toBe("Annulé à la demande du foyer.");
  });

  it.each([
    { sectors: ["PRESTATIONS_CAISSE_PRETS" as const] },
    { sectors: ["FICHIER_ADHESIONS" as const] },
  ])("raises not_found for $sectors", async ({ sectors }) => {
    const { firstBooking } = await createTwoRequestsForOnePlace();
    const { actor } = await createStaffUser(sectors);

    await expect(getBookingForReview(actor, firstBooking.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("raises not_found for an unknown booking", async () => {
    const { actor } = await createStaffUser(["DIRECTION"]);

    await expect(getBookingForReview(actor, "inconnue")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
