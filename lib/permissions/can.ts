// The one way to ask whether someone may do something. can() for the interface; assertCan() for the wrappers
// and the data layer (NotFound, so that what may not be done is not known to exist); holds() for use cases
// that are given an actor without a site (the site's part of the grant was checked at the entry point).
import { NotFound } from "@/lib/errors";
import { siteAdmits, type Site } from "@/lib/tenancy/site";
import { PERMISSIONS, hasRole, type Action, type Grant, type Principal } from "./rules";

export interface Subject {
  site: Site;
  viewer: Principal | null;
}

/** A site admits its own tenant's accounts, and WCO admins everywhere. */
export function mayUse(site: Site, viewer: Principal): boolean {
  return hasRole(viewer, "WCO_ADMIN") || siteAdmits(site, { id: viewer.homeTenantId, kind: viewer.homeTenantKind });
}

const hasGrantRole = (grant: Grant, actor: Pick<Principal, "roles"> & Partial<Principal>) =>
  (grant.roles.length === 0 || grant.roles.some((role) => hasRole(actor, role))) &&
  (!grant.homeKinds || (actor.homeTenantKind !== undefined && grant.homeKinds.includes(actor.homeTenantKind)));

export function can(action: Action, { site, viewer }: Subject): boolean {
  if (!viewer || !mayUse(site, viewer)) return false;
  return PERMISSIONS[action].some(
    (grant: Grant) =>
      grant.sites.includes(site.kind) &&
      hasGrantRole(grant, viewer) &&
      (!grant.ownSpace || viewer.homeTenantId === site.tenant.id),
  );
}

/** The viewer, when they may do `action` on the site; NotFound otherwise. */
export function assertCan<V extends Principal>(action: Action, subject: { site: Site; viewer: V | null }): V {
  if (!subject.viewer || !can(action, subject)) throw new NotFound();
  return subject.viewer;
}

/** Whether the actor holds a role that grants `action` on some site. */
export function holds(action: Action, actor: Pick<Principal, "roles"> & Partial<Principal>): boolean {
  return PERMISSIONS[action].some((grant: Grant) => hasGrantRole(grant, actor));
}
