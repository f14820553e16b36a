// The site a request addresses, resolved from its Host header: the root site (the WCO tenant's space, open
// to officers of every administration), an administration's own space, or the Academy store.
import { headers } from "next/headers";
import { cache } from "react";
import { ROOT_SITE_SLUG, parseHost, type SiteAddress } from "./host";
import { tenantBySlug, type TenantSummary } from "./tenant-cache";

export type SiteKind = "root" | "tenant" | "academy";
export interface Site {
  kind: SiteKind;
  tenant: TenantSummary;
}

export const ACADEMY_SLUG = "academy";

export async function siteForAddress(address: SiteAddress): Promise<Site | null> {
  if (address.kind === "root") {
    const tenant = await tenantBySlug(ROOT_SITE_SLUG);
    return tenant ? { kind: "root", tenant } : null;
  }
  if (address.kind === "academy") {
    const tenant = await tenantBySlug(ACADEMY_SLUG);
    return tenant ? { kind: "academy", tenant } : null;
  }
  if (address.kind === "tenant") {
    const tenant = await tenantBySlug(address.slug);
    return tenant && tenant.kind === "ADMINISTRATION" && tenant.spaceEnabled ? { kind: "tenant", tenant } : null;
  }
  return null;
}

/** The current request's site, or null when the host names no site (the caller answers 404). */
export const currentSite = cache(async (): Promise<Site | null> => {
  const requestHeaders = await headers();
  return siteForAddress(parseHost(requestHeaders.get("host")));
});

/** Whether an account of `homeTenant` may use `site` (WCO admins are checked by the caller). */
export function siteAdmits(site: Site, homeTenant: Pick<TenantSummary, "id" | "kind">): boolean {
  switch (site.kind) {
    case "root":
      return homeTenant.kind === "WCO" || homeTenant.kind === "ADMINISTRATION";
    case "tenant":
      return homeTenant.id === site.tenant.id;
    case "academy":
      return homeTenant.kind === "ACADEMY";
  }
}
