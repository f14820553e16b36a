import { contentRoute } from "@/lib/http/content-route";
import { commitAttempt, MAX_COMMIT_BYTES } from "@/lib/scorm/attempts";

// The runtime's commits, on the content origin: the launch token is the credential and names the learner's
// attempt. sendBeacon posts text/plain, so the body is read as text. Every answer follows scorm-again's
// convention: { result: true | false, errorCode }.
const refused = (status: number) => Response.json({ result: false, errorCode: 101 }, { status });

export const POST = contentRoute({ errorBody: refused }, async ({ request, claims }) => {
  const raw = await request.text();
  if (raw.length > MAX_COMMIT_BYTES) return refused(413);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return refused(400);
  }
  const scope = { ctx: { tenantId: claims.tenantId, audience: claims.audience } };
  const outcome = await commitAttempt(scope, claims.userId, claims.attemptId, body, { review: claims.review });
  return Response.json({ result: true, errorCode: 0, ...outcome }, { headers: { "Cache-Control": "no-store" } });
});
