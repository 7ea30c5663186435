import { describe, expect, it } from "vitest";

import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { staffStatusLabel } from "@/lib/staff/booking-status-label";
import { getSessionRoster } from "@/lib/staff/session-roster";
import { createStaffUser } from "../support/factories";
import { createPayableBooking } from "../support/payment-factories";

// 8:30 UTC on 1 May 2027 is 10:30 in Paris (UTC+2).
const HOLD_END = new Date("2027-05-01T08:30:00Z");

const labelCases: { status: BookingStatus; holdExpiresAt: Date | null; label: string }[] = [
  {
    status: "CONFIRMED",
    holdExpiresAt: HOLD_END,
    label: "Places retenues jusqu'au 1er mai 2027 à 10:30",
  },
  { status: "CONFIRMED", holdExpiresAt: null, label: "Confirmée" },
  { status: "EXPIRED", holdExpiresAt: HOLD_END, label: "Délai de paiement dépassé" },
  { status: "EXPIRED", holdExpiresAt: null, label: "Expirée" },
  { status: "CANCELLED", holdExpiresAt: HOLD_END, label: "Annulée" },
  { status: "PENDING", holdExpiresAt: null, label: "À valider" },
];

describe("staffStatusLabel", () => {
  it.each(labelCases)("labels $status with hold $holdExpiresAt", async (testCase) => {
    const label = await staffStatusLabel(testCase);

    expect(label.replace(/\u202f|\u00a0/g, " ")).toBe(testCase.label);
  });
});

describe("session roster holds", () => {
  it("returns the hold end of each booking", async () => {
    const { actor } = await createStaffUser(["VACANCES_SPORTS_LOISIRS"]);
    const { booking: held, session } = await createPayableBooking({
      kind: "TRIP",
      holdExpiresAt: HOLD_END,
    });

    const roster = await getSessionRoster(actor, session.id);

    const listed = roster.groups.confirmed.find((row) => row.id === held.id);
    expect(listed?.holdExpiresAt).toEqual(HOLD_END);
    expect(await staffStatusLabel(listed!)).toContain("Places retenues jusqu'au");
  });
});
