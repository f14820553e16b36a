// "Mark all as read" in the Alerts panel.
import { forTenant } from "@/lib/db";
import type { AlertReader } from "./list-alerts";

export async function markAlertsRead(reader: AlertReader, now = new Date()): Promise<number> {
  const { count } = await forTenant({ tenantId: reader.homeTenantId, audience: "PUBLIC" }, (tx) =>
    tx.alert.updateMany({ where: { userId: reader.id, readAt: null }, data: { readAt: now } }),
  );
  return count;
}
