import { describe, expect, it } from "vitest";

import type { AuditAction } from "@/lib/audit";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import { auditFieldLabelKey, auditValueKey } from "@/lib/staff/audit-view";
import { adminMessage } from "../support/admin-messages";

/** Fields that the booking engine records in a booking's audit entries. */
const BOOKING_FIELDS = [
  "reference",
  "sessionId",
  "status",
  "places",
  "participantIds",
  "bracketPosition",
  "publicPriceCents",
  "subsidyCents",
  "memberShareCents",
  "refusalReason",
  "reason",
  "offerExpiresAt",
];

const BOOKING_ACTIONS: AuditAction[] = [
  "booking.created",
  "booking.approved",
  "booking.refused",
  "booking.waitlisted",
  "booking.offered",
  "booking.offer_accepted",
  "booking.offer_declined",
  "booking.offer_expired",
  "booking.cancelled",
];

const BOOKING_STATUSES: BookingStatus[] = [
  "PENDING",
  "CONFIRMED",
  "WAITING",
  "OFFERED",
  "REFUSED",
  "CANCELLED",
  "EXPIRED",
];

describe("booking audit labels", () => {
  it.each(BOOKING_FIELDS)("labels Booking.%s in French", async (field) => {
    expect(typeof (await adminMessage(auditFieldLabelKey("Booking", field)))).toBe("string");
  });

  it.each(BOOKING_ACTIONS)("names the action %s", async (action) => {
    expect(typeof (await adminMessage(`audit.actions.${action}`))).toBe("string");
  });

  it.each(BOOKING_STATUSES)("translates the status %s", async (status) => {
    expect(typeof (await adminMessage(auditValueKey("Booking", "status", status)!))).toBe("string");
  });

  it("names the Booking entity", async () => {
    expect(await adminMessage("audit.entities.Booking")).toBe("Réservation");
  });
});
