// The audit log of administrative actions. Entries are written in the same transaction as the change they
// describe, so a change is never recorded without happening nor happens without being recorded.
import { Prisma, type PlatformTx, type Role, type TenantTx } from "@/lib/db";

export interface Actor {
  id: string;
  firstName: string;
  lastName: string;
  roles: readonly Role[];
}

export interface AuditEntry {
  tenantId: string;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Either kind of transaction: the console's (platform) or one limited to a tenant (authors, coordinators). */
export type AuditWriter = Pick<PlatformTx, "auditEvent"> | Pick<TenantTx, "auditEvent">;

export async function recordAudit(tx: AuditWriter, actor: Actor, entry: AuditEntry): Promise<void> {
  await (tx as Pick<PlatformTx, "auditEvent">).auditEvent.create({
    data: {
      tenantId: entry.tenantId,
      actorId: actor.id,
      actorName: `${actor.firstName} ${actor.lastName}`,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: (entry.before ?? Prisma.DbNull) as Prisma.InputJsonValue,
      after: (entry.after ?? Prisma.DbNull) as Prisma.InputJsonValue,
    },
  });
}
