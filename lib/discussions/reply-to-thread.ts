// A participant replies to a thread that is not locked; its other subscribers get an alert, and the author is
// subscribed from then on.
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { postBody } from "./format-post";
import { alertEach, threadHref } from "./notify";
import { checkPostingLimit } from "./posting-limit";
import { findThread } from "./read-thread";
import { postSchema } from "./schemas";
import { newPostRow, readSpace, spaceRow } from "./space";

export async function replyToThread(
  entry: Entry,
  courseId: string,
  threadId: string,
  input: unknown,
): Promise<{ postId: string }> {
  const parsed = postSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const body = postBody(parsed.data.body);
  const { postId, recipients, title } = await forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    const thread = await findThread(tx, space, threadId);
    if (thread.locked) throw new Invalid({ body: "discussionLocked" });
    await checkPostingLimit(space.viewer.id);
    const row = spaceRow(space);
    const post = await tx.discussionPost.create({ data: newPostRow(space, threadId, parsed.data.body, body) });
    await tx.discussionThread.update({ where: { id: threadId }, data: { lastPostAt: post.createdAt } });
    const subscribers = await tx.discussionSubscription.findMany({
      where: { tenantId: space.tenantId, threadId, userId: { not: space.viewer.id } },
      select: { userId: true, userTenantId: true },
    });
    await tx.discussionSubscription.upsert({
      where: { tenantId_threadId_userId: { tenantId: space.tenantId, threadId, userId: space.viewer.id } },
      create: { ...row, threadId, userId: space.viewer.id, userTenantId: space.viewer.homeTenantId },
      update: {},
    });
    return {
      postId: post.id,
      recipients: subscribers.map((s) => ({ userId: s.userId, tenantId: s.userTenantId })),
      title: thread.title,
    };
  });
  await alertEach("discussion reply alerts to the thread's subscribers", recipients, {
    kind: "discussionReply",
    params: { title },
    href: threadHref(courseId, threadId, postId),
  });
  return { postId };
}
