// The Team pages on a site: a National Coordinator uses them on every site that admits them (their
// administration's space or the root site); a WCO admin on the root site, like the WCO console.
import type { Viewer } from "@/lib/auth/load-viewer";
import { assertCan } from "@/lib/permissions";
import type { Site } from "@/lib/tenancy/site";
import { teamScope, type Manager } from "./team-scope";

/** The viewer as a Team manager reading in `locale`; NotFound for anyone else or on the wrong site (team.manage). */
export function managerOn(site: Site, viewer: Viewer | null, locale: string): Manager {
  const { id, firstName, lastName, roles, homeTenantId } = assertCan("team.manage", { site, viewer });
  const manager: Manager = { id, firstName, lastName, roles, homeTenantId, locale };
  teamScope(manager);
  return manager;
}
