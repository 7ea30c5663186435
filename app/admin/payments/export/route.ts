import { randomUUID } from "node:crypto";

import { requireStaff, type StaffActor } from "@/lib/auth/guards";
import { todayInParis } from "@/lib/dates";
import { isDomainError } from "@/lib/errors";
import { downloadResponse } from "@/lib/export/file-name";
import { logger } from "@/lib/logger";
import { exportPaymentsCsv } from "@/lib/payments/staff-views-export";
import { notFoundResponse } from "@/lib/staff/session-export-response";
import { calendarDayParam } from "../_components/payments-nav";

/**
 * Downloads the payments received from `du` to `au` (Europe/Paris days) as
 * CSV. Visitors, members and staff who may not view payments get 404.
 */
export async function GET(request: Request) {
  let actor: StaffActor;
  try {
    actor = await requireStaff();
  } catch (error) {
    if (isDomainError(error)) return notFoundResponse();
    throw error;
  }
  const params = new URL(request.url).searchParams;
  const today = todayInParis();
  const range = {
    from: calendarDayParam(params.get("du") ?? undefined) ?? `${today.slice(0, 8)}01`,
    to: calendarDayParam(params.get("au") ?? undefined) ?? today,
  };
  try {
    const file = await exportPaymentsCsv(actor, range);
    logger.info({ userId: actor.userId, ...range }, "payments exported");
    return downloadResponse(file);
  } catch (error) {
    if (isDomainError(error) && error.code === "not_found") return notFoundResponse();
    const errorId = randomUUID();
    logger.error({ err: error, userId: actor.userId, errorId }, "payments export failed");
    return new Response("Erreur interne.", { status: 500 });
  }
}
