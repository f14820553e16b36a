// Who may author which courses: WCO admins author core courses (owned by the WCO tenant, shared with every
// administration) on the root site; an administration's tenant admins author its own courses on its space.
// Everyone else, and anyone on another site, gets NotFound.
import type { Viewer } from "@/lib/auth/load-viewer";
import type { TenantContext } from "@/lib/db";
import { assertCan, can } from "@/lib/permissions";
import type { Site } from "@/lib/tenancy/site";
import type { Actor } from "@/lib/console/audit-log";

export interface Author {
  actor: Actor;
  /** The tenant whose courses are authored; writes outside it are refused by both isolation layers. */
  ctx: TenantContext;
  core: boolean;
}

export function authorOn(site: Site, viewer: Viewer | null): Author {
  const actor = assertCan("authoring.author", { site, viewer });
  return {
    actor,
    ctx: { tenantId: site.tenant.id, audience: "CUSTOMS" },
    core: can("authoring.authorCore", { site, viewer }),
  };
}
