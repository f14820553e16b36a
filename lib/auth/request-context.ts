// The three facts every page and action starts from: the site, the viewer, and the data-layer context.
import { notFound, redirect } from "next/navigation";
import type { TenantContext } from "@/lib/db";
import { currentSite, type Site } from "@/lib/tenancy/site";
import { currentViewer, tenantContext, type Viewer } from "./viewer";

export interface RequestContext {
  site: Site;
  viewer: Viewer | null;
  ctx: TenantContext;
}

/** The request's context; a host that names no site answers 404. */
export async function requestContext(): Promise<RequestContext> {
  const [site, viewer] = await Promise.all([currentSite(), currentViewer()]);
  if (!site) notFound();
  return { site, viewer, ctx: tenantContext(site, viewer) };
}

/** Like requestContext(), for pages that need a signed-in viewer: others go to the sign-in page. */
export async function requireSignedIn(returnTo: string): Promise<RequestContext & { viewer: Viewer }> {
  const context = await requestContext();
  if (!context.viewer) redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  return context as RequestContext & { viewer: Viewer };
}

/** The WCO console's guard: a WCO admin on the root site; anyone else gets 404. */
export async function requireWcoAdmin(returnTo: string): Promise<RequestContext & { viewer: Viewer }> {
  const context = await requireSignedIn(returnTo);
  if (context.site.kind !== "root" || !context.viewer.roles.includes("WCO_ADMIN")) notFound();
  return context;
}
