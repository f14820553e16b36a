import { databaseIsReachable } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await databaseIsReachable();
  return Response.json(
    { status: db ? "ok" : "degraded", db: db ? "ok" : "unreachable" },
    { status: db ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
