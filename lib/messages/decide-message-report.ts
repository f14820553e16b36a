// A reviewer decides a reported message once: "remove" erases its text from both parties' copies (their pages then
// say a moderator removed it) and from the reviewers' alerts; "dismiss" closes the report and the message stays.
// The decision is recorded on the report and audited in the reviewers' tenant, and every reviewer's alert of the
// report is marked done. The copies are in the parties' tenants: written in one named platform transaction, after
// the report was found in the reviewer's own tenant.
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform, forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { actionKey, markActionDone } from "@/lib/notifications/mark-action-done";
import { reviewerOf } from "./review";
import { reportDecisionSchema } from "./schemas";

export async function decideMessageReport(
  entry: Entry,
  reportId: string,
  input: unknown,
): Promise<"REMOVED" | "DISMISSED"> {
  const { reviewer, ctx } = reviewerOf(entry);
  const parsed = reportDecisionSchema.safeParse(input);
  // No page posts another decision.
  if (!UUID.test(reportId) || !parsed.success) throw new NotFound();
  const decision = parsed.data === "remove" ? "REMOVED" : "DISMISSED";
  const report = await forTenant(ctx, (tx) =>
    tx.messageReport.findFirst({ where: { id: reportId, tenantId: ctx.tenantId } }),
  );
  if (!report) throw new NotFound();
  if (report.decidedAt) throw new Invalid({ report: "alreadyDecided" });
  const decidedAt = new Date();
  await asPlatform("a reviewer's decision on a reported message, in both parties' copies (ADR 0047)", async (db) => {
    // Conditional, so that two reviewers deciding at once leave one decision.
    const { count } = await db.messageReport.updateMany({
      where: { id: report.id, tenantId: report.tenantId, decidedAt: null },
      data: {
        decision,
        decidedAt,
        decidedById: reviewer.id,
        decidedByName: `${reviewer.firstName} ${reviewer.lastName}`,
      },
    });
    if (count === 0) throw new Invalid({ report: "alreadyDecided" });
    const key = actionKey("MessageReport", report.id);
    if (decision === "REMOVED") {
      await db.conversationMessage.updateMany({
        where: {
          messageKey: report.messageKey,
          conversation: { ownerId: { in: [report.reporterId, report.authorId] } },
        },
        data: { removedAt: decidedAt, source: "", body: "" },
      });
      const alerts = await db.alert.findMany({ where: { actionKey: key }, select: { id: true, params: true } });
      for (const alert of alerts) {
        const { message: _removed, ...params } = (alert.params ?? {}) as Record<string, string>;
        void _removed;
        await db.alert.update({ where: { id: alert.id }, data: { params } });
      }
    }
    await recordAudit(db, reviewer, {
      tenantId: report.tenantId,
      action: decision === "REMOVED" ? "message.remove" : "message.dismiss",
      targetType: "MessageReport",
      targetId: report.id,
      before: { status: "OPEN" },
      after: { status: decision, reporter: report.reporterName, author: report.authorName },
    });
    await markActionDone(db, key, decidedAt);
  });
  return decision;
}
