// The audit log of administrative actions. Entries are written in the same transaction as the change they
// describe, so a change is never recorded without happening nor happens without being recorded.
import { holds } from "@/lib/permissions";
import { asPlatform, Prisma, type PlatformTx, type Role, type TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";

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
type AuditWriter = Pick<PlatformTx, "auditEvent"> | Pick<TenantTx, "auditEvent">;

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

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEventView {
  id: string;
  createdAt: Date;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string | null;
  administration: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  events: AuditEventView[];
  total: number;
  pageCount: number;
  page: number;
}

/** One page of the log (newest first) among the events `where` selects, in the caller's transaction. */
export async function readAuditPage(
  db: AuditWriter,
  where: Prisma.AuditEventWhereInput,
  page: number,
): Promise<AuditPage> {
  const tx = db as Pick<PlatformTx, "auditEvent">;
  const total = await tx.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await tx.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { tenant: { select: { name: true } } },
  });
  const events = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    administration: row.tenant.name,
    before: row.before,
    after: row.after,
  }));
  return { events, total, page: current, pageCount };
}

/** The whole platform's log, newest first; WCO admins only (others: NotFound). */
export async function listAuditEvents(actor: Actor, options: { page: number }): Promise<AuditPage> {
  if (!holds("console.administer", actor)) throw new NotFound();
  return asPlatform("WCO console: read the audit log", (tx) => readAuditPage(tx, {}, options.page));
}
