// The viewer's inbox: their conversations, the latest first, a page at a time, with the unread ones marked.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { mailboxCtx } from "./mailbox";
import { CONVERSATIONS_PER_PAGE } from "./schemas";

export async function viewInbox(entry: Entry, page: number) {
  const viewer = entry.viewer;
  if (!viewer) throw new NotFound();
  return forTenant(mailboxCtx(viewer), async (tx) => {
    const where = { ownerId: viewer.id };
    const total = await tx.conversation.count({ where });
    const pages = Math.max(1, Math.ceil(total / CONVERSATIONS_PER_PAGE));
    const current = Math.min(page, pages);
    const conversations = await tx.conversation.findMany({
      where,
      orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * CONVERSATIONS_PER_PAGE,
      take: CONVERSATIONS_PER_PAGE,
      select: {
        id: true,
        otherName: true,
        otherPlace: true,
        courseTitle: true,
        unread: true,
        lastMessageAt: true,
        blockedByOwner: true,
      },
    });
    return { conversations, page: current, pages, total };
  });
}
