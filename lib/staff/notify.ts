import { appUrl } from "@/lib/app-url";
import type { DbClient } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { DomainError } from "@/lib/errors";
import { getTranslator, type Translate } from "@/lib/i18n";
import { REJECTION_REASON_MAX_LENGTH } from "@/lib/staff/schemas";

type Recipient = { email: string; firstName: string };

/** Returns a translator for a namespace of admin.json, such as "emails". */
export async function getAdminTranslator(namespace: string): Promise<Translate> {
  return getTranslator(`admin.${namespace}`);
}

/**
 * Returns the members to tell about a decision: the one member concerned
 * when there is one, otherwise every member of the household with an
 * account that is not disabled.
 */
export async function findRecipients(
  client: DbClient,
  target: { householdId: string; memberId?: string | null },
): Promise<Recipient[]> {
  const members = await client.member.findMany({
    where: target.memberId ? { id: target.memberId } : { householdId: target.householdId },
    select: { firstName: true, user: { select: { email: true, disabledAt: true } } },
  });
  return members
    .filter((member) => !member.user.disabledAt)
    .map((member) => ({ email: member.user.email, firstName: member.firstName }));
}

/**
 * Queues one e-mail per recipient, written from the `admin.emails.<key>`
 * subject and body with a link to the member space, inside the caller's
 * transaction.
 */
export async function queueDecisionEmails(
  client: DbClient,
  recipients: Recipient[],
  key: string,
  params: Record<string, string | number>,
) {
  const t = await getAdminTranslator("emails");
  const memberSpace = t("memberSpaceLink", { link: appUrl("/account") });
  for (const recipient of recipients) {
    const values = { ...params, firstName: recipient.firstName };
    const paragraphs = [
      t("greeting", values),
      t(`${key}.body`, values),
      memberSpace,
      t("signature"),
    ];
    await queueEmail(client, {
      to: recipient.email,
      subject: t(`${key}.subject`, values),
      text: paragraphs.join("\n\n"),
    });
  }
}

/**
 * Trims a rejection reason. Raises `reason_required` when it is empty and
 * `invalid_input` when it is longer than REJECTION_REASON_MAX_LENGTH.
 */
export function normalizeReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new DomainError("reason_required", { field: "reason" });
  if (trimmed.length > REJECTION_REASON_MAX_LENGTH) {
    throw new DomainError("invalid_input", { field: "reason" });
  }
  return trimmed;
}
