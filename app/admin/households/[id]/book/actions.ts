"use server";

import { revalidatePath } from "next/cache";

import { runAction } from "@/lib/actions/run-action";
import { requireStaff } from "@/lib/auth/guards";
import { createOfficeBooking } from "@/lib/booking/create-booking";
import { officeBookingSchema } from "@/lib/booking/schemas";

/** Books a session for a household at the office. The engine checks the sector and audits. */
export async function createOfficeBookingAction(input: unknown) {
  const result = await runAction("admin.createOfficeBooking", async () => {
    const actor = await requireStaff();
    const request = officeBookingSchema.parse(input);
    return createOfficeBooking(actor, request);
  });
  revalidatePath("/admin", "layout");
  return result;
}
