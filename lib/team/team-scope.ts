// Who manages which users. A National Coordinator manages the users of their own administration only; a WCO
// admin those of every administration. Everyone else gets NotFound, so the pages, route handlers and tests
// share one gate. A coordinator's work always runs in forTenant for their administration (row-level
// security) and also filters on its tenantId explicitly; a WCO admin's runs in asPlatform.
import { hasRole } from "@/lib/permissions";
import { asPlatform, forTenant, type PlatformTx } from "@/lib/db";
import type { Actor } from "@/lib/console/audit-log";
import { NotFound } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** The signed-in viewer asking (pages pass the viewer with the interface language as `locale`). */
export interface Manager extends Actor {
  homeTenantId: string;
  locale?: string | null;
}

export type TeamScope =
  | { kind: "administration"; actor: Actor; tenantId: string; locale: Locale }
  | { kind: "platform"; actor: Actor; locale: Locale };

/**
 * Both kinds of transaction expose the same model API; the tenant one is also filtered by the tenant-scope
 * extension at run time.
 */
export type TeamTx = PlatformTx;

/** The manager's scope; NotFound for anyone who manages no users. */
export function teamScope(manager: Manager): TeamScope {
  const actor: Actor = {
    id: manager.id,
    firstName: manager.firstName,
    lastName: manager.lastName,
    roles: manager.roles,
  };
  const locale = isLocale(manager.locale) ? manager.locale : "en";
  if (hasRole(manager, "WCO_ADMIN")) return { kind: "platform", actor, locale };
  if (hasRole(manager, "NATIONAL_COORDINATOR"))
    return { kind: "administration", actor, tenantId: manager.homeTenantId, locale };
  throw new NotFound();
}

/** Runs `work` in one transaction: limited to the coordinator's administration, or across tenants for WCO admins. */
export function inTeamTransaction<T>(scope: TeamScope, reason: string, work: (tx: TeamTx) => Promise<T>): Promise<T> {
  if (scope.kind === "platform") return asPlatform(`Team: ${reason}`, work);
  return forTenant({ tenantId: scope.tenantId, audience: "CUSTOMS" }, (tx) => work(tx as unknown as TeamTx));
}
