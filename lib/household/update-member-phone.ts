import { assertActiveMembership } from "@/lib/account/membership";
import { recordAudit } from "@/lib/audit";
import type { MemberActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { phoneSchema, type PhoneInput } from "@/lib/household/schemas";
import { normalizePhone } from "@/lib/validation/phone";

/**
 * Changes the acting member's phone number, stored as normalizePhone()
 * returns it; an empty value removes it. Saving the same number in another
 * format changes nothing and writes no audit entry. The rest of the identity
 * comes from the HR file and only staff change it.
 */
export async function updateMemberPhone(actor: MemberActor, rawInput: PhoneInput) {
  const input = phoneSchema.parse(rawInput);
  await assertActiveMembership(db, actor);
  const phone = input.phone === "" ? null : normalizePhone(input.phone);

  return db.$transaction(async (tx) => {
    const before = await tx.member.findUniqueOrThrow({
      where: { id: actor.memberId },
      select: { phone: true },
    });
    if (before.phone === phone) return before;

    const after = await tx.member.update({
      where: { id: actor.memberId },
      data: { phone },
      select: { phone: true },
    });
    await recordAudit(tx, {
      action: "member.updated",
      actorId: actor.userId,
      entityType: "Member",
      entityId: actor.memberId,
      householdId: actor.householdId,
      before,
      after,
    });
    return after;
  });
}
