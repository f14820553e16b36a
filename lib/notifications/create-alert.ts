// Adds a notice to a user's Alerts panel, in the caller's transaction. The text is the message
// Alerts.<kind> in the reader's language, filled with `params` when the panel is shown. A notice of a kind the
// user turned off for the Alerts panel (User.alertOptOuts) is not written, unless it asks for a decision.
import type { PlatformTx, TenantTx } from "@/lib/db";
import { emailKindOf } from "./email-kinds";

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
  // Both transaction kinds have the same delegates; the tenant scope applies to TenantTx.
  const db = tx as PlatformTx;
  const kind = emailKindOf(alert.kind);
  if (kind && !alert.actionKey) {
    const user = await db.user.findUnique({ where: { id: alert.userId }, select: { alertOptOuts: true } });
    if (user?.alertOptOuts.includes(kind)) return;
  }
  await db.alert.create({
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
