// The users a team scope manages (team-scope.ts), as filters and for an action on one of them.
import { Prisma } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import type { TeamScope, TeamTx } from "./team-scope";

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
export function managedUsersSql(
  scope: TeamScope,
  options: { country?: string | null; withDeleted?: boolean } = {},
): Prisma.Sql {
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
    select: {
      id: true,
      tenantId: true,
      username: true,
      email: true,
      firstName: true,
      lastName: true,
      position: true,
      status: true,
      roles: true,
      sessionVersion: true,
    },
  });
  if (!user) throw new NotFound();
  return user;
}
