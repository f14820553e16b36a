// One conversation of the viewer's: its messages oldest first, a page at a time (the last page unless asked),
// who it is with, and whether either party blocked the other; a message a reviewer removed has no text left.
// Reading it is recorded by the page's beacon.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { mailboxCtx, ownConversation } from "./mailbox";
import { MESSAGES_PER_PAGE } from "./schemas";

export async function viewConversation(entry: Entry, conversationId: string, page: number | "last") {
  const viewer = entry.viewer;
  if (!viewer) throw new NotFound();
  return forTenant(mailboxCtx(viewer), async (tx) => {
    const conversation = await ownConversation(tx, viewer, conversationId);
    const where = { conversationId: conversation.id };
    const total = await tx.conversationMessage.count({ where });
    const pages = Math.max(1, Math.ceil(total / MESSAGES_PER_PAGE));
    const current = page === "last" ? pages : Math.min(page, pages);
    const messages = await tx.conversationMessage.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (current - 1) * MESSAGES_PER_PAGE,
      take: MESSAGES_PER_PAGE,
      select: { id: true, fromOwner: true, body: true, createdAt: true, reportedAt: true, removedAt: true },
    });
    return {
      conversation: {
        id: conversation.id,
        otherName: conversation.otherName,
        otherPlace: conversation.otherPlace,
        courseTitle: conversation.courseTitle,
        unread: conversation.unread,
        blockedByOwner: conversation.blockedByOwner,
        blockedByOther: conversation.blockedByOther,
      },
      messages,
      page: current,
      pages,
    };
  });
}
