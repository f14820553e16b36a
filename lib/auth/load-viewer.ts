// Who is asking, checked on every request against the account's current state (session-user-cache.ts): a
// suspended account, a raised session version (password change, suspension) or a site the account does not
// belong to all read as signed out.
import type { Role, TenantContext, WcoRegion } from "@/lib/db";
import type { Site } from "@/lib/tenancy/site";
import { mayUseSite } from "./authenticate";
import { UUID } from "@/lib/ids";
import { sessionUser } from "./session-user-cache";

export interface Viewer {
  id: string;
  username: string;
  firstName: string;
  lastName: string;
  locale: string | null;
  roles: Role[];
  homeTenantId: string;
  homeTenantKind: "WCO" | "ADMINISTRATION" | "ACADEMY";
  homeRegion: WcoRegion | null;
  homeCountryCode: string | null;
}

export async function loadViewer(
  userId: string,
  sessionVersion: number | undefined,
  site: Site,
): Promise<Viewer | null> {
  // A malformed id in a forged token must not reach the database as a cast error.
  const user = UUID.test(userId) ? await sessionUser(userId) : null;
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== sessionVersion) return null;
  const tenant = {
    id: user.tenantId,
    kind: user.tenantKind,
    region: user.tenantRegion,
    countryCode: user.tenantCountryCode,
  };
  if (!mayUseSite(site, tenant, user.roles)) return null;
  return {
    id: user.id,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    locale: user.locale,
    roles: user.roles,
    homeTenantId: tenant.id,
    homeTenantKind: tenant.kind,
    homeRegion: tenant.region,
    homeCountryCode: tenant.countryCode,
  };
}

/**
 * The data-layer context of a request: on an administration's space, that administration; on the root
 * site, the viewer's own administration (or the WCO tenant for anonymous visitors); on the Academy, the
 * Academy tenant, limited to the courses the viewer bought or was assigned. Customs audience only for
 * signed-in officers and WCO staff.
 */
export function tenantContext(site: Site, viewer: Viewer | null): TenantContext {
  const customs = viewer !== null && viewer.homeTenantKind !== "ACADEMY" && site.kind !== "academy";
  const tenantId = site.kind === "root" && viewer ? viewer.homeTenantId : site.tenant.id;
  if (site.kind === "academy") return { tenantId, audience: "PUBLIC", storeLearnerId: viewer?.id ?? null };
  return { tenantId, audience: customs ? "CUSTOMS" : "PUBLIC" };
}
