// An author deletes their own post within the edit window; the thread shows where it was.
import { forTenant } from "@/lib/db";
import type { Entry } from "@/lib/http/entry";
import { findOwnPost } from "./own-post";
import { readSpace } from "./space";

export async function deleteOwnPost(entry: Entry, courseId: string, postId: string): Promise<{ threadId: string }> {
  return forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    const post = await findOwnPost(tx, space, postId);
    await tx.discussionPost.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
    return { threadId: post.threadId };
  });
}
