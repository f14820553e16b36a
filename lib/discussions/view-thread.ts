// A thread's page: its posts in order, a page at a time, with what the viewer may do with each.
import { forTenant } from "@/lib/db";
import type { Entry } from "@/lib/http/entry";
import { withinEditWindow } from "./own-post";
import { findThread } from "./read-thread";
import { POSTS_PER_PAGE } from "./schemas";
import { moderates, readSpace } from "./space";

export async function viewThread(entry: Entry, courseId: string, threadId: string, page: number) {
  return forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    const thread = await findThread(tx, space, threadId);
    const moderator = moderates(space);
    const where = { tenantId: space.tenantId, threadId, removedAt: null };
    const pages = Math.max(1, Math.ceil((await tx.discussionPost.count({ where })) / POSTS_PER_PAGE));
    // A page past the end (a reply sends its author to the last page) shows the last one.
    const current = Math.min(page, pages);
    const [posts, subscribed] = await Promise.all([
      tx.discussionPost.findMany({
        where,
        orderBy: { createdAt: "asc" },
        skip: (current - 1) * POSTS_PER_PAGE,
        take: POSTS_PER_PAGE,
        include: {
          _count: { select: { reports: true } },
          attachments: { select: { id: true, fileName: true, bytes: true }, orderBy: { createdAt: "asc" } },
        },
      }),
      tx.discussionSubscription.count({ where: { tenantId: space.tenantId, threadId, userId: space.viewer.id } }),
    ]);
    const now = new Date();
    return {
      course: { id: courseId, title: space.courseTitle },
      thread: { id: thread.id, title: thread.title, pinned: thread.pinned, locked: thread.locked },
      posts: posts.map((p) => {
        const own = p.authorId === space.viewer.id && !p.deletedAt;
        return {
          id: p.id,
          authorName: p.authorName,
          authorPlace: p.authorPlace,
          byTutor: p.byTutor,
          body: p.deletedAt ? null : p.body,
          source: own ? p.source : null,
          createdAt: p.createdAt,
          edited: p.editedAt !== null,
          mayChange: own && !thread.locked && withinEditWindow(p.createdAt, now),
          mayReport: !own && !p.deletedAt,
          reports: moderator ? p._count.reports : 0,
          attachments: p.deletedAt ? [] : p.attachments,
        };
      }),
      page: current,
      pages,
      subscribed: subscribed > 0,
      moderator,
    };
  });
}
