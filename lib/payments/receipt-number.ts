import { currentYear } from "@/lib/dates";
import type { DbClient } from "@/lib/db";

/**
 * Gives the next receipt number of the year `receivedAt` falls in
 * (Europe/Paris), as "2027-000042". The counter's row is locked until the
 * transaction ends, so numbers follow each other without gaps: a
 * transaction that rolls back gives its number back.
 */
export async function nextReceiptNumber(tx: DbClient, receivedAt: Date) {
  const year = currentYear(receivedAt);
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReceiptCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "ReceiptCounter"."last" + 1
    RETURNING "last"`;
  return `${year}-${String(row.last).padStart(6, "0")}`;
}
