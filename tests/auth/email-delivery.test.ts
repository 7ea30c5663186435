// Every test that delivers e-mails lives in this file, so its deliveries,
// which take any due e-mail, do not race each other across test files.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import {
  MAX_DELIVERY_ATTEMPTS,
  deliverPendingEmails,
  retryDelayMinutes,
} from "@/lib/email/deliver";
import { queueEmail } from "@/lib/email/outbox";
import { outboxTransport } from "@/lib/email/transport";
import { db } from "@/lib/db";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";
import { startJobs, stopJobs } from "@/lib/jobs/runner";
import { uniqueSuffix } from "../support/factories";

const OUTBOX_DIR = process.env.EMAIL_OUTBOX_DIR ?? "";

async function queueTestEmails(count: number) {
  const suffix = uniqueSuffix();
  const emails = [];
  for (let index = 0; index < count; index += 1) {
    emails.push(
      await queueEmail(db, {
        to: `destinataire-${suffix}-${index}@example.test`,
        subject: `Test ${suffix} ${index}`,
        text: `Message ${suffix} ${index}`,
      }),
    );
  }
  return emails;
}

/** Lists the .eml files written for one e-mail id. */
async function outboxFilesFor(emailId: string) {
  const names = await readdir(OUTBOX_DIR).catch(() => []);
  return names.filter((name) => name.endsWith(".eml") && name.includes(`-${emailId}-`));
}

describe("deliverPendingEmails", () => {
  it("writes .eml files and marks rows sent", async () => {
    expect(OUTBOX_DIR).not.toBe("");
    const emails = await queueTestEmails(2);

    await deliverPendingEmails({ limit: 1000 });

    for (const email of emails) {
      const row = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
      expect(row.sentAt).not.toBeNull();
      expect(row.attempts).toBe(1);
      const files = await outboxFilesFor(email.id);
      expect(files).toHaveLength(1);
      const raw = await readFile(path.join(OUTBOX_DIR, files[0]), "utf8");
      expect(raw).toContain(`To: ${email.to}`);
      expect(raw).toContain(`Subject: ${email.subject}`);
      expect(raw).toContain(`Message-ID: <${email.id}@entraide>`);
      expect(raw).toContain(email.text);
    }
  });

  it("sends each e-mail once from two concurrent deliveries", async () => {
    const emails = await queueTestEmails(30);

    const results = await Promise.all([
      deliverPendingEmails({ limit: 1000 }),
      deliverPendingEmails({ limit: 1000 }),
    ]);

    expect(results.every((result) => result.failed === 0)).toBe(true);
    for (const email of emails) {
      expect(await outboxFilesFor(email.id), email.id).toHaveLength(1);
      const row = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
      expect(row.attempts).toBe(1);
      expect(row.sentAt).not.toBeNull();
    }
  });

  it("keeps a failed e-mail for a later retry", async () => {
    const [email] = await queueTestEmails(1);
    // A regular file where the outbox folder should be makes the write fail.
    const notAFolder = path.join(OUTBOX_DIR, `not-a-folder-${uniqueSuffix()}`);
    await writeFile(notAFolder, "");
    const before = Date.now();

    await deliverPendingEmails({ limit: 1000, transport: outboxTransport(notAFolder) });

    const failed = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(failed.sentAt).toBeNull();
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/EEXIST|ENOTDIR/);
    const delayMs = failed.nextAttemptAt.getTime() - before;
    expect(delayMs).toBeGreaterThan(55_000);
    expect(delayMs).toBeLessThan(65_000);

    // Not due yet: a delivery right away leaves it alone.
    await deliverPendingEmails({ limit: 1000 });
    expect(await outboxFilesFor(email.id)).toHaveLength(0);

    await db.outboundEmail.update({
      where: { id: email.id },
      data: { nextAttemptAt: new Date(0) },
    });
    await deliverPendingEmails({ limit: 1000 });
    const sent = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(sent.sentAt).not.toBeNull();
    expect(sent.attempts).toBe(2);
    expect(sent.lastError).toBeNull();
  });

  it("gives up after the last attempt", async () => {
    const [email] = await queueTestEmails(1);
    await db.outboundEmail.update({
      where: { id: email.id },
      data: { attempts: MAX_DELIVERY_ATTEMPTS, nextAttemptAt: new Date(0) },
    });

    await deliverPendingEmails({ limit: 1000 });

    const row = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(MAX_DELIVERY_ATTEMPTS);
  });

  it("leaves an e-mail claimed by another delivery", async () => {
    const [email] = await queueTestEmails(1);
    // What a delivery still sending it would have set.
    await db.outboundEmail.update({
      where: { id: email.id },
      data: { attempts: 1, nextAttemptAt: new Date(Date.now() + 10 * 60_000) },
    });

    await deliverPendingEmails({ limit: 1000 });

    expect(await outboxFilesFor(email.id)).toHaveLength(0);
  });
});

describe("retryDelayMinutes", () => {
  it.each([
    { attempts: 1, minutes: 1 },
    { attempts: 2, minutes: 2 },
    { attempts: 3, minutes: 4 },
    { attempts: 7, minutes: 64 },
    { attempts: 9, minutes: 256 },
    { attempts: 10, minutes: 360 },
    { attempts: 30, minutes: 360 },
  ])("waits $minutes minutes after $attempts attempts", ({ attempts, minutes }) => {
    expect(retryDelayMinutes(attempts)).toBe(minutes);
  });
});

describe("email delivery job", () => {
  afterAll(async () => {
    await stopJobs();
  });

  it("sends a requested delivery within seconds", async () => {
    await startJobs();
    const [email] = await queueTestEmails(1);
    const requestedAt = Date.now();

    await requestEmailDelivery();

    let row = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    while (!row.sentAt && Date.now() - requestedAt < 15_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      row = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    }
    expect(row.sentAt).not.toBeNull();
    expect(Date.now() - requestedAt).toBeLessThan(5_000);
    expect(await outboxFilesFor(email.id)).toHaveLength(1);
  });
});
