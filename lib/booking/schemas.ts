// Input of booking requests and staff decisions, shared by the forms and the server actions.
import { z } from "zod";

import { REJECTION_REASON_MAX_LENGTH } from "@/lib/staff/schemas";

// A household has a handful of people; the bound stops an absurd request early.
export const MAX_PARTICIPANTS = 20;

const id = z.string().trim().min(1, "required");

export const bookingRequestSchema = z.object({
  sessionId: id,
  participantIds: z
    .array(id)
    .min(1, "participants_required")
    .max(MAX_PARTICIPANTS, "too_many_participants")
    .refine((ids) => new Set(ids).size === ids.length, "participants_duplicated"),
  /** The member's share the form showed; the booking is refused if the price changed since. */
  expectedMemberShareCents: z.number().int().min(0).optional(),
});

export type BookingRequest = z.infer<typeof bookingRequestSchema>;

export const officeBookingSchema = bookingRequestSchema.extend({ householdId: id });

export type OfficeBookingRequest = z.infer<typeof officeBookingSchema>;

export const refusalSchema = z.object({
  reason: z.string().trim().min(1, "reason_required").max(REJECTION_REASON_MAX_LENGTH, "too_long"),
});
