// Revokes an unstarted seat (a plain form post); the seat is free again for another employee.
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { revokeSeat } from "@/lib/store/seats/revoke-seat";

const poolPage = (poolId: string) => `/company/${encodeURIComponent(poolId)}`;

export const POST = formPost<{ id: string }>(
  {
    sites: ["academy"],
    onRefusal: (_refusal, { request }) => {
      const poolId = new URL(request.url).searchParams.get("pool") ?? "";
      return poolId ? backTo(poolPage(poolId), { error: "seatStarted" }) : "/company";
    },
  },
  async ({ viewer, params }) => backTo(poolPage((await revokeSeat(viewer, params.id)).poolId), { done: "revoked" }),
);
