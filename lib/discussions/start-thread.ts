// A participant opens a thread in a course's discussion, with its first post; they are subscribed to it.
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { type AttachmentUpload, attachFiles, withAttachments } from "./attachments";
import { postBody } from "./format-post";
import { checkPostingLimit } from "./posting-limit";
import { threadSchema } from "./schemas";
import { newPostRow, readSpace, spaceRow } from "./space";

export async function startThread(
  entry: Entry,
  courseId: string,
  input: unknown,
  uploads: AttachmentUpload[] = [],
): Promise<{ threadId: string }> {
  const parsed = threadSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const body = postBody(parsed.data.body);
  return withAttachments(uploads, (files) =>
    forTenant(entry.ctx, async (tx) => {
      const space = await readSpace(tx, entry, courseId);
      await checkPostingLimit(space.viewer.id);
      const row = spaceRow(space);
      const name = `${space.viewer.firstName} ${space.viewer.lastName}`;
      const thread = await tx.discussionThread.create({
        data: { ...row, title: parsed.data.title, authorId: space.viewer.id, authorName: name },
      });
      const post = await tx.discussionPost.create({ data: newPostRow(space, thread.id, parsed.data.body, body) });
      await attachFiles(tx, row, post.id, files);
      await tx.discussionSubscription.create({
        data: { ...row, threadId: thread.id, userId: space.viewer.id, userTenantId: space.viewer.homeTenantId },
      });
      return { threadId: thread.id };
    }),
  );
}
