// The Team pages on a site: a National Coordinator uses them on every site that admits them (their
// administration's space or the root site); a WCO admin on the root site, like the WCO console.
import type { Viewer } from "@/lib/auth/load-viewer";
import { NotFound } from "@/lib/errors";
import type { Site } from "@/lib/tenancy/site";
import { canManageTeam, teamScope, type Manager } from "./team-scope";

export function showsTeam(site: Site, viewer: Viewer | null): boolean {
  if (!viewer || !canManageTeam(viewer)) return false;
  return viewer.roles.includes("WCO_ADMIN") ? site.kind === "root" : site.kind !== "academy";
}

/** The viewer as a Team manager reading in `locale`; NotFound for anyone else or on the wrong site. */
export function managerOn(site: Site, viewer: Viewer | null, locale: string): Manager {
  if (!viewer || !showsTeam(site, viewer)) throw new NotFound();
  const manager: Manager = { id: viewer.id, firstName: viewer.firstName, lastName: viewer.lastName, roles: viewer.roles, homeTenantId: viewer.homeTenantId, locale };
  teamScope(manager);
  return manager;
}
