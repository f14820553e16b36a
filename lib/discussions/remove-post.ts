// A tutor or an author removes a post (a reported one, typically), audited in their tenant.
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { findPost } from "./read-thread";
import { moderates, readSpace } from "./space";

export async function removePost(entry: Entry, courseId: string, postId: string): Promise<{ threadId: string }> {
  return forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    if (!moderates(space)) throw new NotFound();
    const post = await findPost(tx, space, postId);
    await tx.discussionPost.update({ where: { id: post.id }, data: { removedAt: new Date() } });
    await recordAudit(tx, space.viewer, {
      tenantId: entry.ctx.tenantId,
      action: "discussion.removePost",
      targetType: "DiscussionPost",
      targetId: post.id,
      before: { authorName: post.authorName, body: post.body },
    });
    return { threadId: post.threadId };
  });
}
