import { threadPath } from "@/lib/discussions/paths";
import { setSubscription } from "@/lib/discussions/set-subscription";
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";

// "Subscribe" / "Unsubscribe" on a thread's page: back to the thread, saying which.
export const POST = formPost<{ courseId: string; threadId: string }>({}, async (input) => {
  const { courseId, threadId } = input.params;
  const subscribed = (await input.form()).get("subscribed") === "on";
  await setSubscription(input, courseId, threadId, subscribed);
  return backTo(threadPath(courseId, threadId), { done: subscribed ? "subscribed" : "unsubscribed" });
});
