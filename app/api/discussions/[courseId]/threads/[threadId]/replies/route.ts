import { threadPath } from "@/lib/discussions/paths";
import { checkPostSize, postUploads } from "@/lib/discussions/post-upload";
import { backWithPost } from "@/lib/discussions/refused-post";
import { replyToThread } from "@/lib/discussions/reply-to-thread";
import { formPost } from "@/lib/http/route-handler";

// A reply with files (multipart; server actions take 2 MiB at most): on to the reply on the thread's last page, or
// back to the reply form with the refusal next to its field and the text typed.
export const POST = formPost<{ courseId: string; threadId: string }>(
  {
    onRefusal: async (refusal, { params, form }) =>
      backWithPost(
        `${threadPath(params.courseId, params.threadId)}?page=last`,
        "reply",
        refusal,
        await form().catch(() => null),
      ),
  },
  async (input) => {
    const { courseId, threadId } = input.params;
    checkPostSize(input.request);
    const form = await input.form();
    const { postId } = await replyToThread(
      input,
      courseId,
      threadId,
      { body: form.get("body") },
      await postUploads(form),
    );
    return `${threadPath(courseId, threadId)}?page=last#post-${postId}`;
  },
);
