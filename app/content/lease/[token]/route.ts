import { renewLease } from "@/lib/scorm/lease-attempt";
import { verifyLaunchToken } from "@/lib/scorm/launch-token";

// The open player renews its launch's lease here every few minutes; 404 once the launch may no longer be
// used (lease run out, account suspended, enrolment ended).
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const claims = verifyLaunchToken((await params).token);
  const renewed = claims ? await renewLease(claims) : false;
  return new Response(null, { status: renewed ? 204 : 404, headers: { "Cache-Control": "no-store" } });
}
