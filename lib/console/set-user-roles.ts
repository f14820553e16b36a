// A WCO admin changes a user's roles from the console (audited).
import { hasRole, holds } from "@/lib/permissions";
import { asPlatform, type Role } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { recordAudit, type Actor } from "./audit-log";

export const ASSIGNABLE_ROLES: readonly Role[] = [
  "LEARNER",
  "NATIONAL_COORDINATOR",
  "TENANT_ADMIN",
  "WCO_ADMIN",
  "COMPANY_MANAGER",
];

/** Replaces a user's roles. Roles must suit the user's tenant: Customs roles for administrations and the WCO. */
export async function setUserRoles(actor: Actor, userId: string, roles: string[]): Promise<void> {
  if (!holds("console.administer", actor)) throw new NotFound();
  const wanted = [...new Set(roles)].filter((role): role is Role => (ASSIGNABLE_ROLES as string[]).includes(role));
  if (wanted.length !== new Set(roles).size) throw new Invalid({ roles: "unknownRole" });
  await asPlatform("WCO console: change a user's roles", async (tx) => {
    const user = /^[0-9a-f-]{36}$/.test(userId)
      ? await tx.user.findUnique({
          where: { id: userId },
          select: { id: true, tenantId: true, roles: true, tenant: { select: { kind: true } } },
        })
      : null;
    if (!user) throw new NotFound();
    const allowed: Role[] =
      user.tenant.kind === "ACADEMY"
        ? ["LEARNER", "COMPANY_MANAGER"]
        : user.tenant.kind === "WCO"
          ? ["LEARNER", "WCO_ADMIN"]
          : ["LEARNER", "NATIONAL_COORDINATOR", "TENANT_ADMIN"];
    if (wanted.some((role) => !allowed.includes(role))) throw new Invalid({ roles: "roleNotForTenant" });
    // A WCO admin cannot lock themselves out of the console.
    if (user.id === actor.id && !wanted.includes("WCO_ADMIN")) throw new Invalid({ roles: "cannotRemoveOwnAdmin" });
    const next = ASSIGNABLE_ROLES.filter((role) => wanted.includes(role));
    const before = ASSIGNABLE_ROLES.filter((role) => hasRole(user, role));
    if (next.join() === before.join()) return;
    await tx.user.update({ where: { id: user.id }, data: { roles: next } });
    // A coordinator who loses the role stops approving registrations.
    if (!next.includes("NATIONAL_COORDINATOR"))
      await tx.tenant.updateMany({ where: { approverId: user.id }, data: { approverId: null } });
    await recordAudit(tx, actor, {
      tenantId: user.tenantId,
      action: "user.roles.set",
      targetType: "User",
      targetId: user.id,
      before: { roles: before },
      after: { roles: next },
    });
  });
}
