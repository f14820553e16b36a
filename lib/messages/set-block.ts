// The viewer blocks the other party of a conversation (who can then no longer write to them), or unblocks them.
// Both copies say it: the blocker's for its page, the other's so their next message is refused in their own
// tenant's context.
import { asPlatform, forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { mailboxCtx, ownConversation } from "./mailbox";

export async function setBlock(entry: Entry, conversationId: string, blocked: boolean): Promise<void> {
  const viewer = entry.viewer;
  if (!viewer) throw new NotFound();
  const mine = await forTenant(mailboxCtx(viewer), (tx) => ownConversation(tx, viewer, conversationId));
  await asPlatform("a block written into both parties' copies of a conversation", async (db) => {
    await db.conversation.update({ where: { id: mine.id }, data: { blockedByOwner: blocked } });
    await db.conversation.updateMany({
      where: { tenantId: mine.otherTenantId, ownerId: mine.otherId, otherId: viewer.id, pairKey: mine.pairKey },
      data: { blockedByOther: blocked },
    });
  });
}
