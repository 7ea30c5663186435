"use server";

import { revalidatePath } from "next/cache";

import { resubmitMembership } from "@/lib/account/resubmit-membership";
import { resubmitMembershipSchema } from "@/lib/account/schemas";
import { runAction } from "@/lib/actions/run-action";
import { requireMember } from "@/lib/auth/guards";
import { readFormFile } from "@/lib/documents/store-file";

/** Sends a rejected membership back to review with a new proof, as a multipart form. */
export async function resubmitMembershipAction(formData: FormData) {
  return runAction("account.resubmitMembership", async () => {
    const actor = await requireMember();
    const input = resubmitMembershipSchema.parse({ membershipId: formData.get("membershipId") });
    const file = await readFormFile(formData.get("file"));
    await resubmitMembership(actor, input, file);
    revalidatePath("/account", "layout");
  });
}
