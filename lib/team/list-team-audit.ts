// The audit log as a coordinator sees it: the events that concern their administration (WCO admins: all).
import { readAuditPage, type AuditPage } from "@/lib/console/audit-page";
import type { Prisma } from "@/lib/db";
import { inTeamTransaction, teamScope, type Manager } from "./team-scope";

export async function listTeamAudit(manager: Manager, page: number): Promise<AuditPage & { platform: boolean }> {
  const scope = teamScope(manager);
  const where: Prisma.AuditEventWhereInput = scope.kind === "administration" ? { tenantId: scope.tenantId } : {};
  const result = await inTeamTransaction(scope, "read the audit log", (tx) => readAuditPage(tx, where, page));
  return { ...result, platform: scope.kind === "platform" };
}
