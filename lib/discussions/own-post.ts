// The viewer's own post while it may still be changed: within the edit window, in a thread not locked.
import type { TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { findPost } from "./read-thread";
import { EDIT_WINDOW_MINUTES } from "./schemas";
import type { DiscussionSpace } from "./space";

/** Whether a post written at `createdAt` may still be changed by its author at `now`. */
export function withinEditWindow(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() <= EDIT_WINDOW_MINUTES * 60_000;
}

export async function findOwnPost(tx: TenantTx, space: DiscussionSpace, postId: string) {
  const post = await findPost(tx, space, postId);
  if (post.authorId !== space.viewer.id) throw new NotFound();
  if (!withinEditWindow(post.createdAt) || post.thread.locked) throw new Invalid({ body: "discussionEditWindowOver" });
  return post;
}
