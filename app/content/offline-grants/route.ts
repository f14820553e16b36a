import { statusResponse } from "@/lib/http/status-response";
import { grantStates, MAX_GRANTS_ASKED } from "@/lib/offline/grant-states";

// The download frame asks, at each connection, whether the grants of the courses this device keeps still hold
// (ADR 0051): a JSON list of grants in, their states in the same order out. The grants are the only credential.
export async function POST(request: Request) {
  const body = (await request.json().catch(() => null)) as { grants?: unknown } | null;
  const grants = body?.grants;
  if (
    !Array.isArray(grants) ||
    grants.length > MAX_GRANTS_ASKED ||
    !grants.every((grant) => typeof grant === "string" && grant.length < 2000)
  )
    return statusResponse(400);
  return Response.json({ states: await grantStates(grants) }, { headers: { "Cache-Control": "no-store" } });
}
