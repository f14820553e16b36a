// The reviewers' page of reported messages: the open reports first, newest first, then the decided ones, most
// recently decided first, a page at a time; each with the message's text as it was reported.
import { forTenant } from "@/lib/db";
import type { Entry } from "@/lib/http/entry";
import { REPORTS_PER_PAGE, reviewerOf } from "./review";

export async function viewMessageReports(entry: Entry, page: number) {
  const { ctx } = reviewerOf(entry);
  return forTenant(ctx, async (tx) => {
    const where = { tenantId: ctx.tenantId };
    const [total, open] = await Promise.all([
      tx.messageReport.count({ where }),
      tx.messageReport.count({ where: { ...where, decidedAt: null } }),
    ]);
    const pages = Math.max(1, Math.ceil(total / REPORTS_PER_PAGE));
    const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
    const reports = await tx.messageReport.findMany({
      where,
      orderBy: [{ decidedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * REPORTS_PER_PAGE,
      take: REPORTS_PER_PAGE,
      select: {
        id: true,
        reporterName: true,
        authorName: true,
        body: true,
        reason: true,
        createdAt: true,
        decision: true,
        decidedByName: true,
        decidedAt: true,
      },
    });
    return { reports, open, total, page: current, pages };
  });
}
