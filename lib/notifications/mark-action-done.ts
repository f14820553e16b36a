// An alert that asked for a decision (an enrolment request, a workshop application, a reported message) is done once
// the decision is made, whoever made it: every reader's copy is marked done, and read, in the deciding transaction.
import type { PlatformTx, TenantTx } from "@/lib/db";

export const actionKey = (model: "EnrolmentRequest" | "WorkshopApplication" | "MessageReport", id: string) =>
  `${model}:${id}`;

export async function markActionDone(tx: PlatformTx | TenantTx, key: string, now = new Date()): Promise<void> {
  // Both transaction kinds have the same alert delegate; the tenant scope applies to TenantTx.
  const alerts = (tx as PlatformTx).alert;
  await alerts.updateMany({ where: { actionKey: key, readAt: null }, data: { readAt: now } });
  await alerts.updateMany({ where: { actionKey: key, doneAt: null }, data: { doneAt: now } });
}
