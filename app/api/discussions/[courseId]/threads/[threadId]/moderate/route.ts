import { discussionPath } from "@/lib/discussions/paths";
import { moderateThread } from "@/lib/discussions/moderate-thread";
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";

// A tutor's or author's pin, lock or remove on a thread: back to the thread, or to the discussion once removed.
export const POST = formPost<{ courseId: string; threadId: string }>({}, async (input) => {
  const { courseId, threadId } = input.params;
  const action = String((await input.form()).get("action") ?? "");
  await moderateThread(input, courseId, threadId, action);
  const discussion = discussionPath(courseId);
  return backTo(action === "remove" ? discussion : `${discussion}/${threadId}`, { done: action });
});
