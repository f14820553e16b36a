// WCO admins name the one National Coordinator who approves an administration's registrations (or none,
// which sends them to the WCO Secretariat).
import { hasRole, holds } from "@/lib/permissions";
import { recordAudit, type Actor } from "@/lib/console/audit-log";
import { asPlatform } from "@/lib/db";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";

export async function setAdministrationApprover(
  actor: Actor,
  countryCode: string,
  approverUsername: string | null,
): Promise<void> {
  if (!holds("console.administer", actor)) throw new Forbidden();
  await asPlatform("WCO console: name an administration's approving coordinator", async (tx) => {
    const tenant = await tx.tenant.findFirst({
      where: { countryCode: countryCode.toUpperCase(), kind: "ADMINISTRATION" },
    });
    if (!tenant) throw new NotFound();
    let approverId: string | null = null;
    if (approverUsername) {
      const user = await tx.user.findFirst({
        where: { username: approverUsername.trim().toLowerCase(), tenantId: tenant.id, status: "ACTIVE" },
      });
      if (!user || !hasRole(user, "NATIONAL_COORDINATOR")) throw new Invalid({ approver: "approverNotCoordinator" });
      approverId = user.id;
    }
    if (approverId === tenant.approverId) return;
    await tx.tenant.update({ where: { id: tenant.id }, data: { approverId } });
    await recordAudit(tx, actor, {
      tenantId: tenant.id,
      action: "tenant.approver.set",
      targetType: "Tenant",
      targetId: tenant.id,
      before: { approverId: tenant.approverId },
      after: { approverId },
    });
  });
}
