import { requireStaff, type StaffActor } from "@/lib/auth/guards";
import { isDomainError } from "@/lib/errors";
import { notFoundResponse, sessionExportResponse } from "@/lib/staff/session-export-response";

type RouteContext = { params: Promise<{ id: string }> };

/**
 * Downloads a session's participants as CSV or XLSX (`?format=csv|xlsx`).
 * Visitors, members and staff who do not manage the offer's kind get 404.
 */
export async function GET(request: Request, context: RouteContext) {
  const { id } = await context.params;
  let actor: StaffActor;
  try {
    actor = await requireStaff();
  } catch (error) {
    if (isDomainError(error)) return notFoundResponse();
    throw error;
  }
  return sessionExportResponse(actor, id, new URL(request.url).searchParams.get("format"));
}
