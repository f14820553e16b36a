// Who manages which users. A National Coordinator manages the users of their own administration only; a WCO
// admin those of every administration. Everyone else gets NotFound, so the pages, route handlers and tests
// share one gate. A coordinator's work always runs in forTenant for their administration (row-level
// security) and also filters on its tenantId explicitly; a WCO admin's runs in asPlatform.
import { hasRole } from "@/lib/permissions";
import { asPlatform, forTenant, Prisma, type PlatformTx } from "@/lib/db";
import type { Actor } from "@/lib/console/audit-log";
import { NotFound } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { UUID } from "@/lib/ids";

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
  const actor: Actor = { id: manager.id, firstName: manager.firstName, lastName: manager.lastName, roles: manager.roles };
  const locale = isLocale(manager.locale) ? manager.locale : "en";
  if (hasRole(manager, "WCO_ADMIN")) return { kind: "platform", actor, locale };
  if (hasRole(manager, "NATIONAL_COORDINATOR")) return { kind: "administration", actor, tenantId: manager.homeTenantId, locale };
  throw new NotFound();
}

/** Runs `work` in one transaction: limited to the coordinator's administration, or across tenants for WCO admins. */
export function inTeamTransaction<T>(scope: TeamScope, reason: string, work: (tx: TeamTx) => Promise<T>): Promise<T> {
  if (scope.kind === "platform") return asPlatform(`Team: ${reason}`, work);
  return forTenant({ tenantId: scope.tenantId, audience: "CUSTOMS" }, (tx) => work(tx as unknown as TeamTx));
}

/** The users a scope manages (deleted accounts excluded), as a Prisma filter; `country` narrows a WCO admin's scope. */
export function managedUsersWhere(scope: TeamScope, country?: string | null): Prisma.UserWhereInput {
  const alive: Prisma.UserWhereInput = { status: { not: "DELETED" } };
  if (scope.kind === "administration") return { ...alive, tenantId: scope.tenantId };
  return { ...alive, tenant: { kind: "ADMINISTRATION", ...(country ? { countryCode: country } : {}) } };
}

/**
 * The same filter in SQL, on the aliases `u` (User) and `ut` (the user's Tenant). Deleted accounts are
 * excluded unless `withDeleted` (anonymous statistics).
 */
export function managedUsersSql(scope: TeamScope, options: { country?: string | null; withDeleted?: boolean } = {}): Prisma.Sql {
  const alive = options.withDeleted ? Prisma.empty : Prisma.sql`AND u."status" <> 'DELETED'`;
  if (scope.kind === "administration") return Prisma.sql`u."tenantId" = ${scope.tenantId}::uuid ${alive}`;
  const country = options.country ? Prisma.sql`AND ut."countryCode" = ${options.country}` : Prisma.empty;
  return Prisma.sql`ut."kind" = 'ADMINISTRATION' ${country} ${alive}`;
}

/** An ISO country code from a URL, or null (only WCO admins' lists and reports use it). */
export function countryFilter(scope: TeamScope, value: unknown): string | null {
  if (scope.kind !== "platform" || typeof value !== "string") return null;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) ? code : null;
}

/** A user the scope manages, for an action on them; NotFound for anyone else (other administrations, deleted). */
export async function findManagedUser(tx: TeamTx, scope: TeamScope, userId: string) {
  if (!UUID.test(userId)) throw new NotFound();
  const user = await tx.user.findFirst({
    where: { id: userId, ...managedUsersWhere(scope) },
    select: { id: true, tenantId: true, username: true, email: true, firstName: true, lastName: true, position: true, status: true, roles: true, sessionVersion: true },
  });
  if (!user) throw new NotFound();
  return user;
}

/** `%word%` for ILIKE, with the pattern's own wildcards escaped. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every word of `q` must match the first or the last name (so "amina wanj" finds Amina Wanjiru). */
export function nameSearchSql(q: string): Prisma.Sql {
  const words = q.trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 8);
  if (!words.length) return Prisma.empty;
  return Prisma.join(
    words.map((word) => Prisma.sql`AND (u."firstName" ILIKE ${containsPattern(word)} OR u."lastName" ILIKE ${containsPattern(word)})`),
    " ",
  );
}
