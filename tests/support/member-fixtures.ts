// Files and records for the member-space tests. Every file carries random
// bytes, so a test can find its own copy in the shared storage folder.
import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";

import { currentYear, parseCalendarDate, todayInParis } from "@/lib/dates";
import { db } from "@/lib/db";
import type { UploadedFile } from "@/lib/documents/store-file";
import { DomainError } from "@/lib/errors";
import { storage } from "@/lib/storage";
import type { DependantRelation, DocumentType, ReviewStatus } from "@/lib/generated/prisma/enums";

function marker() {
  return randomBytes(16).toString("hex");
}

/** Returns a minimal PDF that file-type detects as application/pdf. */
export function pdfBytes(paddingBytes = 0): Uint8Array {
  const head = Buffer.from(`%PDF-1.4\n%${marker()}\n1 0 obj\n<<>>\nendobj\n`);
  const tail = Buffer.from("trailer\n<<>>\n%%EOF\n");
  return new Uint8Array(Buffer.concat([head, Buffer.alloc(paddingBytes, 0x20), tail]));
}

function pngChunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Returns a valid 1×1 grey PNG with a random text chunk. */
export function pngBytes(): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk("IHDR", header),
      pngChunk("tEXt", Buffer.from(`Comment\0${marker()}`)),
      pngChunk("IDAT", deflateSync(Buffer.from([0, 0x80]))),
      pngChunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/** Returns the start of a JFIF JPEG with a random comment, enough for file-type's magic-byte check. */
export function jpegBytes(): Uint8Array {
  const comment = Buffer.from(marker());
  const commentLength = Buffer.alloc(2);
  commentLength.writeUInt16BE(comment.length + 2);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.from("JFIF\0", "ascii"),
      Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
      Buffer.from([0xff, 0xfe]),
      commentLength,
      comment,
      Buffer.from([0xff, 0xd9]),
    ]),
  );
}

export function htmlBytes(): Uint8Array {
  return new Uint8Array(
    Buffer.from(`<!doctype html><html><body><script>alert("${marker()}")</script></body></html>`),
  );
}

export function uploadedFile(name: string, bytes: Uint8Array): UploadedFile {
  return { name, bytes };
}

export function sha256(bytes: Uint8Array) {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Counts the files in the storage folder that have exactly these bytes. */
export async function storedCopies(bytes: Uint8Array): Promise<number> {
  const root = path.resolve(process.env.STORAGE_DIR ?? "var/uploads");
  const expected = sha256(bytes);
  let copies = 0;
  let folders: string[] = [];
  try {
    folders = await readdir(root);
  } catch {
    return 0;
  }
  for (const folder of folders) {
    for (const name of await readdir(path.join(root, folder))) {
      const content = await readFile(path.join(root, folder, name));
      if (content.byteLength === bytes.byteLength && sha256(content) === expected) copies += 1;
    }
  }
  return copies;
}

/** Returns the calendar date "YYYY-MM-DD" that many years before today in Europe/Paris. */
export function yearsAgo(years: number, dayOffset = 0): string {
  const today = parseCalendarDate(todayInParis())!;
  const date = new Date(today);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() + dayOffset);
  return date.toISOString().slice(0, 10);
}

export async function createDependantRecord(
  householdId: string,
  options: { relation?: DependantRelation; status?: ReviewStatus; birthDate?: string } = {},
) {
  return db.dependant.create({
    data: {
      householdId,
      relation: options.relation ?? "CHILD",
      firstName: "Léa",
      lastName: "Martin",
      birthDate: parseCalendarDate(options.birthDate ?? yearsAgo(8))!,
      status: options.status ?? "PENDING",
    },
  });
}

/** Creates a document row and its stored file, as if the household had uploaded it. */
export async function createDocumentRecord(
  actor: { userId: string; householdId: string },
  options: { type?: DocumentType; dependantId?: string } = {},
) {
  const bytes = pdfBytes();
  const storageKey = await storage.put(bytes);
  const document = await db.supportingDocument.create({
    data: {
      householdId: actor.householdId,
      dependantId: options.dependantId ?? null,
      type: options.type ?? "TAX_NOTICE",
      year: currentYear(),
      storageKey,
      originalName: "avis d'impôt.pdf",
      contentType: "application/pdf",
      sizeBytes: bytes.byteLength,
      sha256: sha256(bytes),
      uploadedById: actor.userId,
    },
  });
  return { document, bytes };
}

/** Awaits `promise` and returns the DomainError it raised, failing the test otherwise. */
export async function domainErrorOf(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("Expected a DomainError, but the call succeeded.");
}
