// A participant replies to a thread that is not locked; its other subscribers get an alert and an e-mail (or the
// reply waits for their daily digest: reply-notices.ts), and the author is subscribed from then on.
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { type AttachmentUpload, attachFiles, withAttachments } from "./attachments";
import { postBody } from "./format-post";
import { checkPostingLimit } from "./posting-limit";
import { noticeReply } from "./reply-notices";
import { findThread } from "./read-thread";
import { postSchema } from "./schemas";
import { newPostRow, readSpace, spaceRow } from "./space";

export async function replyToThread(
  entry: Entry,
  courseId: string,
  threadId: string,
  input: unknown,
  uploads: AttachmentUpload[] = [],
): Promise<{ postId: string }> {
  const parsed = postSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const body = postBody(parsed.data.body);
  const reply = await withAttachments(uploads, (files) =>
    forTenant(entry.ctx, async (tx) => {
      const space = await readSpace(tx, entry, courseId);
      const thread = await findThread(tx, space, threadId);
      if (thread.locked) throw new Invalid({ body: "discussionLocked" });
      await checkPostingLimit(space.viewer.id);
      const row = spaceRow(space);
      const post = await tx.discussionPost.create({ data: newPostRow(space, threadId, parsed.data.body, body) });
      await attachFiles(tx, row, post.id, files);
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
        courseId,
        threadId,
        postId: post.id,
        title: thread.title,
        authorName: post.authorName,
        body: post.body,
        recipients: subscribers.map((s) => ({ userId: s.userId, tenantId: s.userTenantId })),
      };
    }),
  );
  await noticeReply(reply);
  return { postId: reply.postId };
}
