"use server";

import { revalidatePath } from "next/cache";

import { runAction } from "@/lib/actions/run-action";
import { requireStaff } from "@/lib/auth/guards";
import { closeCashDesk, openCashDesk } from "@/lib/payments/cash-desk";
import { recordOfficePayments } from "@/lib/payments/office/record-office-payments";
import {
  closeCashDeskSchema,
  countedCents,
  officePaymentsSchema,
  openCashDeskSchema,
  refundIssueSchema,
  toOfficeTenders,
} from "@/lib/payments/office/schemas";
import { markRefundIssued } from "@/lib/payments/staff-views-refunds";

// Each action checks the staff member again. The domain functions check
// their sectors and, for payments, lock the booking's session.

export async function recordOfficePaymentsAction(input: unknown) {
  const result = await runAction("admin.recordOfficePayments", async () => {
    const actor = await requireStaff();
    const { bookingId, tenders } = officePaymentsSchema.parse(input);
    return recordOfficePayments(actor, bookingId, toOfficeTenders(tenders));
  });
  revalidatePath("/admin", "layout");
  return result;
}

export async function openCashDeskAction(input: unknown) {
  const result = await runAction("admin.openCashDesk", async () => {
    const actor = await requireStaff();
    const { openingFloat } = openCashDeskSchema.parse(input);
    const desk = await openCashDesk(actor, countedCents(openingFloat));
    return { id: desk.id };
  });
  revalidatePath("/admin/cash-desk");
  return result;
}

export async function closeCashDeskAction(input: unknown) {
  const result = await runAction("admin.closeCashDesk", async () => {
    const actor = await requireStaff();
    const fields = closeCashDeskSchema.parse(input);
    const desk = await closeCashDesk(actor, {
      countedCashCents: countedCents(fields.countedCash),
      countedChequeCents: countedCents(fields.countedCheques),
      countedAncvCents: countedCents(fields.countedAncv),
      note: fields.note,
    });
    return { id: desk.id };
  });
  revalidatePath("/admin/cash-desk", "layout");
  return result;
}

export async function markRefundIssuedAction(input: unknown) {
  const result = await runAction("admin.markRefundIssued", async () => {
    const actor = await requireStaff();
    const { refundId, note } = refundIssueSchema.parse(input);
    return markRefundIssued(actor, refundId, note);
  });
  revalidatePath("/admin/refunds");
  return result;
}
