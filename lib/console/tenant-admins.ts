// WCO admins name an administration's tenant admins (who author its own courses) among its active users.
import { hasRole, holds } from "@/lib/permissions";
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { recordAudit, type Actor } from "./audit-log";

export async function setTenantAdmin(
  actor: Actor,
  countryCode: string,
  username: string,
  grant: boolean,
): Promise<void> {
  if (!holds("console.administer", actor)) throw new NotFound();
  await asPlatform(`WCO console: ${grant ? "grant" : "revoke"} tenant admin`, async (tx) => {
    const tenant = await tx.tenant.findFirst({
      where: { kind: "ADMINISTRATION", countryCode: countryCode.toUpperCase() },
      select: { id: true },
    });
    if (!tenant) throw new NotFound();
    const user = await tx.user.findFirst({
      where: { username: username.trim().toLowerCase(), tenantId: tenant.id, status: "ACTIVE" },
      select: { id: true, roles: true },
    });
    if (!user) throw new Invalid({ username: "notAUserOfTheAdministration" });
    const roles = grant
      ? [...new Set([...user.roles, "TENANT_ADMIN" as const])]
      : user.roles.filter((role) => role !== "TENANT_ADMIN");
    if (roles.length === user.roles.length && roles.every((role) => hasRole(user, role))) return;
    await tx.user.update({ where: { id: user.id }, data: { roles } });
    await recordAudit(tx, actor, {
      tenantId: tenant.id,
      action: grant ? "user.role.grant" : "user.role.revoke",
      targetType: "User",
      targetId: user.id,
      before: { roles: user.roles },
      after: { roles },
    });
  });
}
