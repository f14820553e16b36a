// The conversation page's beacon: the viewer has read the conversation, so its unread count goes back to none.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { mailboxCtx, ownConversation } from "./mailbox";

export async function markConversationRead(entry: Entry, conversationId: string): Promise<void> {
  const viewer = entry.viewer;
  if (!viewer) throw new NotFound();
  await forTenant(mailboxCtx(viewer), async (tx) => {
    const conversation = await ownConversation(tx, viewer, conversationId);
    if (conversation.unread) await tx.conversation.update({ where: { id: conversation.id }, data: { unread: 0 } });
  });
}
