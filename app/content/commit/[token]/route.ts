import { NotFound, Invalid } from "@/lib/errors";
import { commitAttempt, MAX_COMMIT_BYTES } from "@/lib/scorm/attempts";
import { verifyLaunchToken } from "@/lib/scorm/launch-token";

// The runtime's commits, on the content origin: the launch token is the credential and names the learner's
// attempt (no cookie reaches this origin). sendBeacon posts text/plain, so the body is read as text.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const claims = verifyLaunchToken((await params).token);
  if (!claims) return Response.json({ result: false, errorCode: 101 }, { status: 404 });
  const raw = await request.text();
  if (raw.length > MAX_COMMIT_BYTES) return Response.json({ result: false, errorCode: 101 }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return Response.json({ result: false, errorCode: 101 }, { status: 400 });
  }
  try {
    const outcome = await commitAttempt(
      { ctx: { tenantId: claims.tenantId, audience: claims.audience } },
      claims.userId,
      claims.attemptId,
      body,
    );
    return Response.json({ result: true, errorCode: 0, ...outcome }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFound) return Response.json({ result: false, errorCode: 101 }, { status: 404 });
    if (error instanceof Invalid) return Response.json({ result: false, errorCode: 101 }, { status: 400 });
    throw error;
  }
}
