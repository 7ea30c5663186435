import type PgBoss from "pg-boss";

import { appUrl } from "@/lib/app-url";
import { loadBookingRecipient } from "@/lib/booking/emails";
import { addCalendarDays } from "@/lib/catalogue/calendar-days";
import { formatCalendarDateFr, todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";
import { queueEmail, trackQueuedEmails } from "@/lib/email/outbox";
import { getTranslator } from "@/lib/i18n";
import { requestEmailDelivery } from "@/lib/jobs/email-delivery";
import { logger } from "@/lib/logger";
import { netPaidCents } from "@/lib/payments/balance";
import { unpaidInstalments } from "@/lib/payments/instalments";
import { bookingsWithInstalmentsDue } from "@/lib/payments/instalments-overdue";
import { formatEuros } from "@/lib/staff/format";

/** The pg-boss queue that e-mails households before an instalment falls due. */
export const INSTALMENT_REMINDERS_QUEUE = "instalment-reminders";

/** Days before a due date when the household is reminded of it. */
export const REMINDER_DAYS_BEFORE_DUE = 3;

/**
 * E-mails the member of each CONFIRMED booking whose unpaid instalment falls
 * due within REMINDER_DAYS_BEFORE_DUE days of `now` (Europe/Paris), or is
 * already past due without a reminder. Each instalment is reminded once:
 * `reminderSentAt` is set by a conditional update in the e-mail's
 * transaction, so two runs at once send one e-mail. Instalments of a booking
 * still on hold are skipped, because the hold expiry handles its first one.
 */
export async function sendInstalmentReminders(now: Date) {
  const t = await getTranslator("instalments");
  const lastDueDate = addCalendarDays(todayInParis(now), REMINDER_DAYS_BEFORE_DUE);
  const bookings = await bookingsWithInstalmentsDue(db, lastDueDate, { unremindedOnly: true });
  let sent = 0;
  for (const booking of bookings) {
    if (booking.holdExpiresAt) continue;
    const unpaid = unpaidInstalments(booking.instalments, netPaidCents(booking)).filter(
      (instalment) =>
        instalment.reminderSentAt === null &&
        instalment.dueDate.toISOString().slice(0, 10) <= lastDueDate,
    );
    for (const instalment of unpaid) {
      const claimed = await db.$transaction(async (tx) => {
        const { count } = await tx.instalment.updateMany({
          where: { id: instalment.id, reminderSentAt: null },
          data: { reminderSentAt: now },
        });
        if (count === 0) return false;
        const recipient = await loadBookingRecipient(tx, booking.memberId);
        if (!recipient) return true;
        const values = {
          firstName: recipient.firstName,
          position: instalment.position,
          reference: booking.reference,
          offerTitle: booking.session.offer.title,
          startDate: formatCalendarDateFr(booking.session.startDate),
          endDate: formatCalendarDateFr(booking.session.endDate),
          dueDate: formatCalendarDateFr(instalment.dueDate),
          owed: formatEuros(instalment.owedCents),
          link: appUrl(`/account/bookings/${booking.id}`),
        };
        await queueEmail(tx, {
          to: recipient.email,
          subject: t("reminder.subject", values),
          text: t("reminder.body", values),
        });
        return true;
      });
      if (claimed) sent++;
    }
  }
  return { sent };
}

/** Creates the queue, its daily schedule (07:00 in Europe/Paris) and this process's worker. */
export async function registerInstalmentReminders(boss: PgBoss): Promise<string> {
  await boss.createQueue(INSTALMENT_REMINDERS_QUEUE, {
    name: INSTALMENT_REMINDERS_QUEUE,
    policy: "standard",
    retryLimit: 2,
    expireInSeconds: 15 * 60,
  });
  await boss.schedule(INSTALMENT_REMINDERS_QUEUE, "0 7 * * *", undefined, {
    tz: "Europe/Paris",
  });
  return boss.work(INSTALMENT_REMINDERS_QUEUE, async ([job]) => {
    try {
      const { result, queued } = await trackQueuedEmails(() => sendInstalmentReminders(new Date()));
      if (queued) await requestEmailDelivery();
      logger.info(
        { jobId: job.id, queue: INSTALMENT_REMINDERS_QUEUE, sent: result.sent },
        "instalment reminders sent",
      );
    } catch (error) {
      logger.error(
        { err: error, jobId: job.id, queue: INSTALMENT_REMINDERS_QUEUE },
        "instalment reminders job failed",
      );
      throw error;
    }
  });
}
