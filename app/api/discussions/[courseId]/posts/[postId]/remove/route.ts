import { threadPath } from "@/lib/discussions/paths";
import { removePost } from "@/lib/discussions/remove-post";
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";

// A tutor's or author's removal of a post: back to its thread.
export const POST = formPost<{ courseId: string; postId: string }>({}, async (input) => {
  const { courseId, postId } = input.params;
  const { threadId } = await removePost(input, courseId, postId);
  return backTo(threadPath(courseId, threadId), { done: "postRemoved" });
});
