// Revokes an unstarted seat (a plain form post); the seat is free again for another employee.
import { currentViewer } from "@/lib/auth/viewer";
import { seeOther } from "@/lib/auth/route-context";
import { Invalid, NotFound } from "@/lib/errors";
import { revokeSeat } from "@/lib/store/seats/revoke-seat";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [{ id }, site, viewer] = await Promise.all([params, currentSite(), currentViewer()]);
  if (!isSameOrigin(request) || site?.kind !== "academy") return new Response(null, { status: 404 });
  const poolId = new URL(request.url).searchParams.get("pool") ?? "";
  try {
    const { poolId: pool } = await revokeSeat(viewer, id);
    return seeOther(`/company/${pool}?done=revoked`);
  } catch (error) {
    if (error instanceof NotFound) return new Response(null, { status: 404 });
    if (error instanceof Invalid) return seeOther(poolId ? `/company/${encodeURIComponent(poolId)}?error=seatStarted` : "/company");
    throw error;
  }
}
