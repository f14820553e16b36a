// An author deletes their own post within the edit window; the thread shows where it was, and its files are gone.
import { removeStored } from "@/lib/content-store";
import { forTenant } from "@/lib/db";
import type { Entry } from "@/lib/http/entry";
import { findOwnPost } from "./own-post";
import { readSpace } from "./space";

export async function deleteOwnPost(entry: Entry, courseId: string, postId: string): Promise<{ threadId: string }> {
  const { threadId, keys } = await forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    const post = await findOwnPost(tx, space, postId);
    await tx.discussionPost.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
    const files = await tx.discussionAttachment.findMany({ where: { postId: post.id }, select: { storageKey: true } });
    await tx.discussionAttachment.deleteMany({ where: { postId: post.id } });
    return { threadId: post.threadId, keys: files.map((f) => f.storageKey) };
  });
  // After the commit, so that a failed deletion keeps its files; a file left behind is only unreachable.
  for (const key of keys)
    await removeStored(key).catch((failure) => console.error(`content store: removing ${key} failed:`, failure));
  return { threadId };
}
