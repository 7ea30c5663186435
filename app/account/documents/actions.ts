"use server";

import { revalidatePath } from "next/cache";

import { runAction } from "@/lib/actions/run-action";
import { requireMember } from "@/lib/auth/guards";
import { parsePersonChoice, uploadDocumentSchema } from "@/lib/documents/schemas";
import { readFormFile } from "@/lib/documents/store-file";
import { uploadDocument } from "@/lib/documents/upload-document";
import { DomainError } from "@/lib/errors";

/** Uploads a supporting document, sent as a multipart form with its file. */
export async function uploadDocumentAction(formData: FormData) {
  return runAction("account.uploadDocument", async () => {
    const actor = await requireMember();
    const input = uploadDocumentSchema.parse({
      type: formData.get("type"),
      year: formData.get("year"),
      person: formData.get("person"),
    });
    const person = parsePersonChoice(input.person);
    if (!person) throw new DomainError("invalid_input", { field: "person" });

    const file = await readFormFile(formData.get("file"));
    const target = { type: input.type, year: Number(input.year), ...person };
    await uploadDocument(actor, target, file);
    revalidatePath("/account", "layout");
  });
}
