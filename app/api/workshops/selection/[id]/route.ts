import { seeOther } from "@/lib/auth/route-context";
import { currentViewer } from "@/lib/auth/viewer";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";
import { decideSelection, OUTCOMES, type Outcome } from "@/lib/workshops/decide-selection";
import { selectorOn } from "@/lib/workshops/selector";
import { UUID } from "@/lib/ids";

// Select / Waiting list / Not select on a session's selection page (a plain form); back to that page.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const [{ id }, site, viewer, form] = await Promise.all([params, currentSite(), currentViewer(), request.formData()]);
  const outcome = String(form.get("outcome") ?? "");
  const sessionId = String(form.get("sessionId") ?? "");
  if (!UUID.test(sessionId) || !(OUTCOMES as readonly string[]).includes(outcome)) return new Response("Not found", { status: 404 });
  const back = `/admin/workshops/${sessionId}`;
  try {
    if (!site) throw new NotFound();
    await decideSelection(selectorOn(site, viewer), id, outcome as Outcome);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (error instanceof Conflict) return seeOther(`${back}?error=full`);
    if (error instanceof Invalid) return seeOther(`${back}?error=notACandidate`);
    throw error;
  }
  return seeOther(`${back}?done=1`);
}
