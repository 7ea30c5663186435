import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import nodemailer from "nodemailer";

export type OutgoingEmail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
};

/** Sends one e-mail; raises when it could not be handed over. */
export type EmailTransport = (email: OutgoingEmail) => Promise<void>;

const DEFAULT_OUTBOX_DIR = "var/outbox";
const OUTBOX_FROM = "Entraide <ne-pas-repondre@entraide.invalid>";

// One nodemailer SMTP transporter per process and URL, reused across deliveries.
const globalForEmail = globalThis as unknown as {
  smtpTransports?: Map<string, nodemailer.Transporter>;
};

/**
 * Returns the transport configured by the environment: SMTP when SMTP_URL
 * is set (EMAIL_FROM is then required), otherwise the local outbox folder
 * EMAIL_OUTBOX_DIR (default var/outbox).
 */
export function configuredTransport(): EmailTransport {
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    return outboxTransport(process.env.EMAIL_OUTBOX_DIR ?? DEFAULT_OUTBOX_DIR);
  }

  const from = process.env.EMAIL_FROM;
  if (!from) {
    throw new Error(
      'EMAIL_FROM is not set: with SMTP_URL, set it to the sender, e.g. "COS <cos@example.fr>".',
    );
  }
  const transports = (globalForEmail.smtpTransports ??= new Map());
  let transporter = transports.get(smtpUrl);
  if (!transporter) {
    transporter = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transporter);
  }
  const smtp = transporter;
  return async (email) => {
    await smtp.sendMail(mailOptions(email, from));
  };
}

/**
 * Writes each e-mail as an .eml file (the raw message, readable by any mail
 * client) into `directory`, for development and demos without SMTP.
 */
export function outboxTransport(directory: string): EmailTransport {
  const builder = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "unix",
  });
  return async (email) => {
    const info = await builder.sendMail(mailOptions(email, process.env.EMAIL_FROM ?? OUTBOX_FROM));
    await mkdir(directory, { recursive: true });

    // The random part keeps a second delivery of one e-mail visible as a
    // second file instead of overwriting the first.
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
    const name = `${stamp}-${email.id}-${randomBytes(3).toString("hex")}.eml`;
    // Written under a temporary name then renamed, so a reader of the folder
    // never opens half a message.
    const temporary = path.join(directory, `.${name}.tmp`);
    await writeFile(temporary, info.message as Buffer);
    await rename(temporary, path.join(directory, name));
  };
}

function mailOptions(email: OutgoingEmail, from: string): nodemailer.SendMailOptions {
  return {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html ?? undefined,
    // Stable across retries, so a mail server can recognise a repeated delivery.
    messageId: `<${email.id}@entraide>`,
  };
}
