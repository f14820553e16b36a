// Writes a message into both parties' mailboxes in one transaction across their tenants (on purpose, named):
// the sender's copy and the recipient's, one unread more for the recipient, their alert and their e-mail of the
// `messages` kind (each honouring the recipient's preferences). A party blocked by the other cannot write.
import { randomUUID } from "node:crypto";
import { homeSiteUrl } from "@/lib/accounts/account-links";
import type { Viewer } from "@/lib/auth/viewer";
import { asPlatform, registry } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { createAlert } from "@/lib/notifications/create-alert";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import type { Correspondent } from "./correspondents";
import { conversationHref } from "./mailbox";
import { checkSendingLimit } from "./sending-limit";
import { RECIPIENT_SELECT } from "@/lib/workshops/notify";

export interface Message {
  source: string;
  body: string;
}

export interface Delivered {
  /** The sender's copy of the conversation and of the message. */
  conversationId: string;
  messageId: string;
}

/** Sends `message` from `sender` to `recipient`. */
export async function deliverMessage(sender: Viewer, recipient: Correspondent, message: Message): Promise<Delivered> {
  await checkSendingLimit(sender.id);
  const home = await registry.tenant().findUnique({ where: { id: sender.homeTenantId }, select: { name: true } });
  const senderName = `${sender.firstName} ${sender.lastName}`;
  const { delivered, steps } = await asPlatform("a message written into both parties' mailboxes", async (db) => {
    const user = await db.user.findFirst({
      where: { id: recipient.id, tenantId: recipient.tenantId, status: "ACTIVE" },
      select: RECIPIENT_SELECT,
    });
    if (!user) throw new NotFound();
    const pair = { tenantId: sender.homeTenantId, ownerId: sender.id, otherId: recipient.id };
    const existing = await db.conversation.findUnique({ where: { tenantId_ownerId_otherId: pair } });
    // Neither party writes while one has blocked the other (the blocker unblocks first).
    if (existing?.blockedByOther || existing?.blockedByOwner) throw new Invalid({ body: "messageBlocked" });
    const pairKey = existing?.pairKey ?? randomUUID();
    const course = { courseId: recipient.course?.id ?? null, courseTitle: recipient.course?.title ?? null };
    const now = new Date();
    const mine =
      existing ??
      (await db.conversation.create({
        data: {
          ...pair,
          pairKey,
          otherTenantId: recipient.tenantId,
          otherName: recipient.name,
          otherPlace: recipient.place,
          ...course,
        },
      }));
    await db.conversation.update({ where: { id: mine.id }, data: { lastMessageAt: now } });
    const theirKey = { tenantId: recipient.tenantId, ownerId: recipient.id, otherId: sender.id };
    const theirs = await db.conversation.upsert({
      where: { tenantId_ownerId_otherId: theirKey },
      create: {
        ...theirKey,
        pairKey,
        otherTenantId: sender.homeTenantId,
        otherName: senderName,
        otherPlace: home?.name ?? "",
        ...course,
        unread: 1,
        lastMessageAt: now,
      },
      update: { unread: { increment: 1 }, lastMessageAt: now },
    });
    const messageKey = randomUUID();
    const messageId = randomUUID();
    await db.conversationMessage.createMany({
      data: [
        {
          id: messageId,
          tenantId: mine.tenantId,
          conversationId: mine.id,
          messageKey,
          fromOwner: true,
          ...message,
          createdAt: now,
        },
        {
          tenantId: theirs.tenantId,
          conversationId: theirs.id,
          messageKey,
          fromOwner: false,
          ...message,
          createdAt: now,
        },
      ],
    });
    const href = conversationHref(theirs.id);
    const params = { sender: senderName, place: home?.name ?? "" };
    await createAlert(db, { tenantId: theirs.tenantId, userId: recipient.id, kind: "newMessage", params, href });
    const email = await queueEmail(db, {
      tenantId: theirs.tenantId,
      to: user.email,
      locale: user.locale,
      template: "newMessage",
      values: { firstName: user.firstName, ...params, link: homeSiteUrl(user.tenant, href) },
      optOuts: user.emailOptOuts,
    });
    return { delivered: { conversationId: mine.id, messageId }, steps: [email] };
  });
  await afterCommit(steps);
  return delivered;
}
