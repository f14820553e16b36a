// Who may author which courses: WCO admins author core courses (owned by the WCO tenant, shared with every
// administration) on the root site; an administration's tenant admins author its own courses on its space.
// Everyone else, and anyone on another site, gets NotFound.
import type { Viewer } from "@/lib/auth/load-viewer";
import type { TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Site } from "@/lib/tenancy/site";
import type { Actor } from "@/lib/console/audit-log";

export interface Author {
  actor: Actor;
  /** The tenant whose courses are authored; writes outside it are refused by both isolation layers. */
  ctx: TenantContext;
  core: boolean;
}

const authorsCore = (site: Site, viewer: Viewer) => site.kind === "root" && viewer.roles.includes("WCO_ADMIN");
const authorsOwn = (site: Site, viewer: Viewer) => site.kind === "tenant" && viewer.roles.includes("TENANT_ADMIN") && viewer.homeTenantId === site.tenant.id;

export function canAuthor(site: Site, viewer: Viewer | null): boolean {
  return viewer !== null && (authorsCore(site, viewer) || authorsOwn(site, viewer));
}

export function authorOn(site: Site, viewer: Viewer | null): Author {
  if (!viewer || !canAuthor(site, viewer)) throw new NotFound();
  return { actor: viewer, ctx: { tenantId: site.tenant.id, audience: "CUSTOMS" }, core: authorsCore(site, viewer) };
}
