import "server-only";

import { notFound, redirect } from "next/navigation";

import { requireStaff, type StaffActor } from "@/lib/auth/guards";
import { isDomainError } from "@/lib/errors";

/**
 * Requires a staff member for a back-office page. A visitor is redirected
 * to the login page, which returns to `path` afterwards. A member or a
 * disabled account gets the 404 page, so the back office does not reveal
 * itself.
 */
export async function requireStaffPage(path: string): Promise<StaffActor> {
  try {
    return await requireStaff();
  } catch (error) {
    if (isDomainError(error) && error.code === "unauthenticated") {
      redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
    }
    if (isDomainError(error)) notFound();
    throw error;
  }
}

/** Awaits a staff query and shows the 404 page when it raises `not_found`. */
export async function orNotFound<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    if (isDomainError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
