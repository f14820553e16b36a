// The number in the header's Messages link: messages the viewer has not read yet, over all their conversations.
import { forTenant } from "@/lib/db";
import { mailboxCtx, type MailboxOwner } from "./mailbox";

export async function countUnreadMessages(owner: MailboxOwner): Promise<number> {
  const { _sum } = await forTenant(mailboxCtx(owner), (tx) =>
    tx.conversation.aggregate({ where: { ownerId: owner.id, unread: { gt: 0 } }, _sum: { unread: true } }),
  );
  return _sum.unread ?? 0;
}
