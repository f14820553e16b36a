// What decides which published courses a viewer sees on a site, beyond the tenant and audience the data layer
// applies: signed in or not, and the region and country of the viewer's administration (or of the site).
import type { TenantContext, WcoRegion } from "@/lib/db";
import type { Site } from "@/lib/tenancy/site";
import type { Viewer } from "./load-viewer";

export interface VisibilityScope {
  ctx: TenantContext;
  signedIn: boolean;
  /** The viewer's administration's region and country, when the viewer has one. */
  region: WcoRegion | null;
  countryCode: string | null;
}

/** The visibility scope of a request: region and country come from the viewer's administration or the site's. */
export function visibilityScope({
  site,
  viewer,
  ctx,
}: {
  site: Site;
  viewer: Viewer | null;
  ctx: TenantContext;
}): VisibilityScope {
  if (viewer) return { ctx, signedIn: true, region: viewer.homeRegion, countryCode: viewer.homeCountryCode };
  return { ctx, signedIn: false, region: site.tenant.region, countryCode: site.tenant.countryCode };
}
