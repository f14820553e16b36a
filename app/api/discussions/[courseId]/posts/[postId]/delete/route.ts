import { threadPath } from "@/lib/discussions/paths";
import { deleteOwnPost } from "@/lib/discussions/delete-own-post";
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";

// An author deletes their own post within the edit window: back to its thread (or with the refusal's message).
export const POST = formPost<{ courseId: string; postId: string }>(
  {
    onRefusal: async ({ key }, { params, form }) =>
      backTo(threadPath(params.courseId, String((await form()).get("threadId") ?? "")), {
        error: key,
      }),
  },
  async (input) => {
    const { courseId, postId } = input.params;
    const { threadId } = await deleteOwnPost(input, courseId, postId);
    return backTo(threadPath(courseId, threadId), { done: "postDeleted" });
  },
);
