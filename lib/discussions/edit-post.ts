// An author corrects their own post within the edit window; the post shows that it was edited.
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import type { Entry } from "@/lib/http/entry";
import { postBody } from "./format-post";
import { findOwnPost } from "./own-post";
import { postSchema } from "./schemas";
import { readSpace } from "./space";

export async function editPost(entry: Entry, courseId: string, postId: string, input: unknown): Promise<void> {
  const parsed = postSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const body = postBody(parsed.data.body);
  await forTenant(entry.ctx, async (tx) => {
    const space = await readSpace(tx, entry, courseId);
    const post = await findOwnPost(tx, space, postId);
    await tx.discussionPost.update({
      where: { id: post.id },
      data: { source: parsed.data.body, body, editedAt: new Date() },
    });
  });
}
