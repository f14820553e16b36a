// A thread of the viewer's space, as a use case finds it before changing it; NotFound outside the space.
import type { TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import type { DiscussionSpace } from "./space";

export async function findThread(tx: TenantTx, space: DiscussionSpace, threadId: string) {
  if (!UUID.test(threadId)) throw new NotFound();
  const thread = await tx.discussionThread.findFirst({
    where: { id: threadId, tenantId: space.tenantId, courseId: space.courseId, removedAt: null },
  });
  if (!thread) throw new NotFound();
  return thread;
}

export async function findPost(tx: TenantTx, space: DiscussionSpace, postId: string) {
  if (!UUID.test(postId)) throw new NotFound();
  const post = await tx.discussionPost.findFirst({
    where: { id: postId, tenantId: space.tenantId, courseId: space.courseId, removedAt: null, deletedAt: null },
    include: { thread: { select: { id: true, title: true, removedAt: true, locked: true } } },
  });
  if (!post || post.thread.removedAt) throw new NotFound();
  return post;
}
