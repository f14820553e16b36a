import { currentViewer, tenantContext } from "@/lib/auth/viewer";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { Invalid, NotFound } from "@/lib/errors";
import { commitAttempt, MAX_COMMIT_BYTES } from "@/lib/scorm/attempts";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

// The player's commits of the SCORM runtime (scorm-again posts here from the platform's own page). The answer
// follows scorm-again's convention: { result: true | false, errorCode }.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return Response.json({ result: false, errorCode: 101 }, { status: 403 });
  const [{ id }, site, viewer] = await Promise.all([params, currentSite(), currentViewer()]);
  if (!site || !viewer) return Response.json({ result: false, errorCode: 101 }, { status: 404 });
  const raw = await request.text();
  if (raw.length > MAX_COMMIT_BYTES) return Response.json({ result: false, errorCode: 101 }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return Response.json({ result: false, errorCode: 101 }, { status: 400 });
  }
  try {
    const outcome = await commitAttempt(visibilityScope({ site, viewer, ctx: tenantContext(site, viewer) }), viewer.id, id, body);
    return Response.json({ result: true, errorCode: 0, ...outcome }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFound) return Response.json({ result: false, errorCode: 101 }, { status: 404 });
    if (error instanceof Invalid) return Response.json({ result: false, errorCode: 101 }, { status: 400 });
    throw error;
  }
}
