import { contentRoute } from "@/lib/http/content-route";
import { renewLease } from "@/lib/scorm/lease-attempt";

// The open player renews its launch's lease here every few minutes; 404 once the launch may no longer be
// used (lease run out, account suspended, enrolment ended).
export const POST = contentRoute({}, async ({ claims }) => {
  const renewed = await renewLease(claims);
  return new Response(null, { status: renewed ? 204 : 404, headers: { "Cache-Control": "no-store" } });
});
