// Form and server schemas of the member's own membership requests.
// Messages are keys of messages/fr/validation.json.
import { z } from "zod";

import { chosenFileSchema } from "@/lib/documents/schemas";

/** The resubmission's fields as the server parses them. The file is read separately. */
export const resubmitMembershipSchema = z.object({
  membershipId: z.string({ error: "required" }).min(1, "required").max(64, "required"),
});
export type ResubmitMembershipInput = z.infer<typeof resubmitMembershipSchema>;

/** The resubmission form in the browser: only the new proof is chosen there. */
export const resubmitMembershipFormSchema = z.object({ file: chosenFileSchema });
export type ResubmitMembershipFormValues = z.input<typeof resubmitMembershipFormSchema>;
