// Who decides an administration's registrations: its approving National Coordinator while that account is
// active, otherwise the WCO Secretariat (WCO admins).
import { holds } from "@/lib/permissions";
import type { PlatformTx, Role } from "@/lib/db";

export interface Decider {
  id: string;
  homeTenantId: string;
  roles: readonly Role[];
}

export async function activeApproverId(tx: PlatformTx, approverId: string | null): Promise<string | null> {
  if (!approverId) return null;
  const approver = await tx.user.findFirst({ where: { id: approverId, status: "ACTIVE" }, select: { id: true } });
  return approver?.id ?? null;
}

export function mayDecide(decider: Decider, tenant: { id: string }, approverId: string | null): boolean {
  if (approverId) return approverId === decider.id && decider.homeTenantId === tenant.id;
  return holds("registrations.decideForSecretariat", decider);
}
