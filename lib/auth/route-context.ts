// The request context of a route handler that takes a plain form post from a signed-in learner: the site,
// the viewer and their visibility scope, or null (the handler answers 404). Cross-site posts are refused.
import { visibilityScope, type VisibilityScope } from "./visibility-scope";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";
import { currentViewer, tenantContext, type Viewer } from "./viewer";

export async function learnerPost(request: Request): Promise<{ viewer: Viewer; scope: VisibilityScope } | null> {
  if (!isSameOrigin(request)) return null;
  const [site, viewer] = await Promise.all([currentSite(), currentViewer()]);
  if (!site || !viewer) return null;
  return { viewer, scope: visibilityScope({ site, viewer, ctx: tenantContext(site, viewer) }) };
}

/** A 303 to a page of the same site (after a form post). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
