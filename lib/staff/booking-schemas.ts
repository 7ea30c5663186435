// Input of the staff decisions on a booking, shared by the forms and the server actions.
import { z } from "zod";

import { REJECTION_REASON_MAX_LENGTH } from "@/lib/staff/schemas";

const id = z.string().trim().min(1, "required");

export const bookingIdSchema = z.object({ id });

export const bookingRefusalSchema = z.object({
  id,
  reason: z.string().trim().min(1, "reason_required").max(REJECTION_REASON_MAX_LENGTH, "too_long"),
});

export const bookingCancellationSchema = z.object({
  id,
  reason: z
    .string()
    .trim()
    .min(1, "cancellation_reason_required")
    .max(REJECTION_REASON_MAX_LENGTH, "too_long"),
  /** Refunds everything paid instead of applying the cancellation scale. */
  waiveFee: z.boolean().optional(),
});

export type BookingReasonInput = z.infer<typeof bookingRefusalSchema>;
