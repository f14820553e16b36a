// The viewer's Alerts panel: their alerts, newest first, a page at a time, and the number not read yet.
import { forTenant, sharedCache } from "@/lib/db";

export const ALERTS_PAGE_SIZE = 20;

export interface AlertReader {
  id: string;
  homeTenantId: string;
}

// Alerts belong to the reader's home tenant, whichever site they read them on.
const ctxOf = (reader: AlertReader) => ({ tenantId: reader.homeTenantId, audience: "PUBLIC" as const });

export async function listAlerts(reader: AlertReader, page: number) {
  return forTenant(ctxOf(reader), async (tx) => {
    const total = await tx.alert.count({ where: { userId: reader.id } });
    const pageCount = Math.max(1, Math.ceil(total / ALERTS_PAGE_SIZE));
    const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
    const alerts = await tx.alert.findMany({
      where: { userId: reader.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * ALERTS_PAGE_SIZE,
      take: ALERTS_PAGE_SIZE,
      select: { id: true, kind: true, params: true, href: true, createdAt: true, readAt: true, doneAt: true },
    });
    return {
      alerts: alerts.map((a) => ({ ...a, params: (a.params ?? {}) as Record<string, string> })),
      total,
      page: current,
      pageCount,
    };
  });
}

// The header shows the count on every page. Each server process keeps it while it listens for changes: the
// database announces every alert written or read, whoever writes it (migration cache_announcements).
const unreadCounts = sharedCache<number>("unread-alerts", { ttlMs: 60_000, maxEntries: 20_000, whileListening: true });

/** The count in the site header. */
export function countUnreadAlerts(reader: AlertReader): Promise<number> {
  return unreadCounts.get(reader.id, () =>
    forTenant(ctxOf(reader), (tx) => tx.alert.count({ where: { userId: reader.id, readAt: null } })),
  );
}
