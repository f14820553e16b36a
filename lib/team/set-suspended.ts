// Suspending a user: they cannot sign in, and their sessions end at their next request (the session
// version moves on). Their records are kept. Reactivating lets them sign in again.
import { recordAudit } from "@/lib/console/audit-log";
import { Invalid } from "@/lib/errors";
import { findManagedUser } from "./managed-users";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

export async function setSuspended(manager: Manager, userId: string, suspended: boolean): Promise<void> {
  const scope = teamScope(manager);
  await inTeamTransaction(scope, suspended ? "suspend a user" : "reactivate a user", async (tx) => {
    const user = await findManagedUser(tx, scope, userId);
    if (user.id === scope.actor.id) throw new Invalid({ form: "notYourself" });
    const status = suspended ? "SUSPENDED" : "ACTIVE";
    if (user.status === status) return;
    const sessionVersion = suspended ? user.sessionVersion + 1 : user.sessionVersion;
    await tx.user.update({ where: { id: user.id, tenantId: user.tenantId }, data: { status, sessionVersion } });
    await recordAudit(tx, scope.actor, {
      tenantId: user.tenantId,
      action: suspended ? "team.user.suspend" : "team.user.reactivate",
      targetType: "User",
      targetId: user.id,
      before: { status: user.status },
      after: { status },
    });
  });
}
