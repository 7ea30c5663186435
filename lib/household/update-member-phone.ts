import { assertActiveMembership } from "@/lib/account/membership";
import { recordAudit } from "@/lib/audit";
import type { MemberActor } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { normalizePhone, phoneSchema, type PhoneInput } from "@/lib/household/schemas";

/**
 * Changes the acting member's phone number, stored without separators; an
 * empty value removes it. The rest of the identity comes from the HR file
 * and only staff change it.
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
