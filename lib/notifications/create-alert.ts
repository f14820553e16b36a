// Adds a notice to a user's Alerts panel, in the caller's transaction. The text is the message
// Alerts.<kind> in the reader's language, filled with `params` when the panel is shown.
import type { PlatformTx, TenantTx } from "@/lib/db";

export interface AlertRequest {
  tenantId: string;
  userId: string;
  kind: string;
  params?: Record<string, string>;
  /** A path on the user's own site, for example /courses/<id>. */
  href?: string;
  /** What the alert asks its reader to decide, "<Model>:<id>": markActionDone() closes it once decided. */
  actionKey?: string;
}

export async function createAlert(tx: PlatformTx | TenantTx, alert: AlertRequest): Promise<void> {
  // Both transaction kinds have the same alert delegate; the tenant scope applies to TenantTx.
  await (tx as PlatformTx).alert.create({
    data: {
      tenantId: alert.tenantId,
      userId: alert.userId,
      kind: alert.kind,
      params: alert.params ?? {},
      href: alert.href ?? null,
      actionKey: alert.actionKey ?? null,
    },
  });
}
