// The recipient of a message reports it. The report goes to those who answer for both parties: a pair of one
// administration's users to that administration's National Coordinators, any other pair (a core course's
// officers of two administrations, the Academy's learners) to WCO staff. It is kept with the message's text in
// the reviewers' tenant, audited there, and each reviewer gets an alert showing it, leading to the page where they
// decide it. Once per message.
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform, forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { createAlert } from "@/lib/notifications/create-alert";
import { actionKey } from "@/lib/notifications/mark-action-done";
import { mailboxCtx } from "./mailbox";
import { REPORTED_MESSAGES_PATH } from "./review";
import { reportMessageSchema } from "./schemas";

export async function reportMessage(entry: Entry, messageId: string, input: unknown): Promise<string> {
  const viewer = entry.viewer;
  if (!viewer || !UUID.test(messageId)) throw new NotFound();
  const parsed = reportMessageSchema.safeParse(input);
  const message = await forTenant(mailboxCtx(viewer), (tx) =>
    tx.conversationMessage.findFirst({
      where: { id: messageId, fromOwner: false, conversation: { ownerId: viewer.id } },
      include: { conversation: true },
    }),
  );
  if (!message) throw new NotFound();
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { conversation } = message;
  if (message.reportedAt) return conversation.id;
  const reporterName = `${viewer.firstName} ${viewer.lastName}`;
  await asPlatform("a reported message sent to those who review it (ADR 0047)", async (db) => {
    const ownAdministration =
      viewer.homeTenantKind === "ADMINISTRATION" && conversation.otherTenantId === viewer.homeTenantId;
    const reviewTenantId = ownAdministration
      ? viewer.homeTenantId
      : (await db.tenant.findFirstOrThrow({ where: { kind: "WCO" }, select: { id: true } })).id;
    const reviewers = await db.user.findMany({
      where: {
        tenantId: reviewTenantId,
        status: "ACTIVE",
        roles: { has: ownAdministration ? "NATIONAL_COORDINATOR" : "WCO_ADMIN" },
        id: { notIn: [viewer.id, conversation.otherId] },
      },
      select: { id: true },
    });
    const report = await db.messageReport.create({
      data: {
        tenantId: reviewTenantId,
        messageKey: message.messageKey,
        reporterId: viewer.id,
        reporterName,
        authorId: conversation.otherId,
        authorName: conversation.otherName,
        body: message.source,
        reason: parsed.data.reason,
      },
    });
    await db.conversationMessage.update({ where: { id: message.id }, data: { reportedAt: new Date() } });
    await recordAudit(db, viewer, {
      tenantId: reviewTenantId,
      action: "message.report",
      targetType: "MessageReport",
      targetId: report.id,
      after: { reporter: reporterName, author: conversation.otherName, reason: parsed.data.reason },
    });
    const params = { reporter: reporterName, author: conversation.otherName, subject: parsed.data.reason };
    for (const reviewer of reviewers)
      await createAlert(db, {
        tenantId: reviewTenantId,
        userId: reviewer.id,
        kind: "messageReport",
        params: { ...params, message: message.source },
        href: REPORTED_MESSAGES_PATH,
        actionKey: actionKey("MessageReport", report.id),
      });
  });
  return conversation.id;
}
