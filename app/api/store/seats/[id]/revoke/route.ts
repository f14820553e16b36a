// Revokes an unstarted seat (a plain form post); the seat is free again for another employee.
import { formPost } from "@/lib/http/route-handler";
import { revokeSeat } from "@/lib/store/seats/revoke-seat";

export const POST = formPost<{ id: string }>(
  {
    sites: ["academy"],
    onRefusal: (_refusal, { request }) => {
      const poolId = new URL(request.url).searchParams.get("pool") ?? "";
      return poolId ? `/company/${encodeURIComponent(poolId)}?error=seatStarted` : "/company";
    },
  },
  async ({ viewer, params }) => `/company/${(await revokeSeat(viewer, params.id)).poolId}?done=revoked`,
);
