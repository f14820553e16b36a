// One page of the audit log, read by the WCO console's log and the Team pages' log, each in its own transaction.
import type { PlatformTx, Prisma } from "@/lib/db";
import type { AuditWriter } from "./audit-log";

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
