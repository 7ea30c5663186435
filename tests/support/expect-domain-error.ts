import { expect } from "vitest";

import { DomainError } from "@/lib/errors";

/** Asserts that `promise` rejects with a DomainError of the given code. */
export async function expectDomainError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toBeInstanceOf(DomainError);
  await expect(promise).rejects.toMatchObject({ code });
}
