"use server";

import { revalidatePath } from "next/cache";

import { runAction } from "@/lib/actions/run-action";
import { requireStaff } from "@/lib/auth/guards";
import { cancelBookingAsStaff } from "@/lib/booking/cancel-booking";
import { approveBooking, moveToWaitingList, refuseBooking } from "@/lib/booking/staff-decisions";
import {
  bookingCancellationSchema,
  bookingIdSchema,
  bookingRefusalSchema,
} from "@/lib/staff/booking-schemas";

// Each action checks the staff member again. The booking engine then
// checks that they manage the offer's kind, under the session's lock.

export async function approveBookingAction(input: unknown) {
  return decided(
    await runAction("admin.approveBooking", async () => {
      const actor = await requireStaff();
      const { id } = bookingIdSchema.parse(input);
      return approveBooking(actor, id);
    }),
  );
}

export async function refuseBookingAction(input: unknown) {
  return decided(
    await runAction("admin.refuseBooking", async () => {
      const actor = await requireStaff();
      const { id, reason } = bookingRefusalSchema.parse(input);
      return refuseBooking(actor, id, reason);
    }),
  );
}

export async function moveToWaitingListAction(input: unknown) {
  return decided(
    await runAction("admin.moveBookingToWaitingList", async () => {
      const actor = await requireStaff();
      const { id } = bookingIdSchema.parse(input);
      return moveToWaitingList(actor, id);
    }),
  );
}

export async function cancelBookingAction(input: unknown) {
  return decided(
    await runAction("admin.cancelBooking", async () => {
      const actor = await requireStaff();
      const { id, reason, waiveFee } = bookingCancellationSchema.parse(input);
      return cancelBookingAsStaff(actor, id, reason, { waiveFee });
    }),
  );
}

/** Refreshes the back office after a decision so counts, lists and statuses are current. */
function decided<T>(result: T) {
  revalidatePath("/admin", "layout");
  return result;
}
