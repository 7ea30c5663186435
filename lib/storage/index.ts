import "server-only";

import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Storage of uploaded files. The default keeps them in a local folder
 * outside the web root. Another backend (S3-compatible, say) implements the
 * same three calls, so that several instances share the files.
 */
export interface FileStorage {
  put(content: Uint8Array): Promise<string>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(content: Uint8Array) {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id}`;
    await mkdir(path.join(this.root, key.slice(0, 2)), { recursive: true });
    await writeFile(this.resolve(key), content, { flag: "wx", mode: 0o600 });
    return key;
  }

  get(key: string) {
    return readFile(this.resolve(key));
  }

  async remove(key: string) {
    await rm(this.resolve(key), { force: true });
  }

  // Keys are generated here, never taken from a request; the check stops a
  // corrupted key from reaching outside the storage folder.
  private resolve(key: string) {
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(this.root, key);
  }
}

// The folder is chosen at run time, so the build must not trace it.
export const storage: FileStorage = new LocalFileStorage(
  path.resolve(/* turbopackIgnore: true */ process.env.STORAGE_DIR ?? "var/uploads"),
);
