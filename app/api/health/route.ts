import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Returns 200 when the app and its database respond. The load balancer and the tests poll it. */
export async function GET() {
  await db.$queryRaw`SELECT 1`;
  return Response.json({ status: "ok" });
}
