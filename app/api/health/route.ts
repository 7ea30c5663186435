import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Load-balancer and test-runner health check: the app and its database answer. */
export async function GET() {
  await db.$queryRaw`SELECT 1`;
  return Response.json({ status: "ok" });
}
