import { discussionPath, threadPath } from "@/lib/discussions/paths";
import { checkPostSize, postUploads } from "@/lib/discussions/post-upload";
import { backWithPost } from "@/lib/discussions/refused-post";
import { startThread } from "@/lib/discussions/start-thread";
import { formPost } from "@/lib/http/route-handler";

// A new thread with files (multipart; server actions take 2 MiB at most): on to the thread, or back to the form
// with the refusal next to its field and the title and text typed.
export const POST = formPost<{ courseId: string }>(
  {
    onRefusal: async (refusal, { params, form }) =>
      backWithPost(discussionPath(params.courseId), "new-thread", refusal, await form().catch(() => null)),
  },
  async (input) => {
    const { courseId } = input.params;
    checkPostSize(input.request);
    const form = await input.form();
    const texts = { title: form.get("title"), body: form.get("body") };
    const { threadId } = await startThread(input, courseId, texts, await postUploads(form));
    return threadPath(courseId, threadId);
  },
);
