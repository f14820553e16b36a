// Who selects the final participants of a session: WCO admins on the root site for the core (WCO) workshops,
// across every administration's applications; an administration's tenant admins on its space for its own
// workshops, whose applicants are its own officers. Everyone else, and anyone on another site: NotFound.
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Actor } from "@/lib/console/audit-log";
import { asPlatform, forTenant, type PlatformTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Site } from "@/lib/tenancy/site";

export interface Selector {
  actor: Actor;
  scope: { kind: "platform" } | { kind: "tenant"; tenantId: string };
}

const selectsCore = (site: Site, viewer: Viewer) => site.kind === "root" && viewer.roles.includes("WCO_ADMIN");
const selectsOwn = (site: Site, viewer: Viewer) => site.kind === "tenant" && viewer.roles.includes("TENANT_ADMIN") && viewer.homeTenantId === site.tenant.id;

export function canSelect(site: Site, viewer: Viewer | null): boolean {
  return viewer !== null && (selectsCore(site, viewer) || selectsOwn(site, viewer));
}

export function selectorOn(site: Site, viewer: Viewer | null): Selector {
  if (!viewer || !canSelect(site, viewer)) throw new NotFound();
  const actor: Actor = { id: viewer.id, firstName: viewer.firstName, lastName: viewer.lastName, roles: viewer.roles };
  return { actor, scope: selectsCore(site, viewer) ? { kind: "platform" } : { kind: "tenant", tenantId: site.tenant.id } };
}

/** The selector's transaction: across tenants (named, for the log) for WCO admins; their administration's otherwise. */
export function inSelection<T>(selector: Selector, work: (tx: PlatformTx) => Promise<T>): Promise<T> {
  if (selector.scope.kind === "platform") return asPlatform("workshop selection", work);
  return forTenant({ tenantId: selector.scope.tenantId, audience: "CUSTOMS" }, (tx) => work(tx as unknown as PlatformTx));
}

/** The sessions a selector works on, as a Prisma filter. */
export function selectableSessions(selector: Selector) {
  return selector.scope.kind === "platform" ? { isCore: true } : { tenantId: selector.scope.tenantId, isCore: false };
}
