import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import { startNewAttempt } from "@/lib/scorm/start-attempt";

// The player's "Start attempt n" button (a plain form in the pop-up): starts the learner's next attempt at the
// SCO and opens it; a refusal (no attempts left, not allowed after completion) shows the player again with why.
export const POST = formPost<{ moduleId: string }>(
  {
    onRefusal: async ({ key }, { params, form }) =>
      `/learn/scorm/${params.moduleId}?sco=${Number((await form()).get("sco")) || 0}&error=${key}`,
  },
  async (input) => {
    const attemptId = String((await input.form()).get("attemptId") ?? "");
    const position = await startNewAttempt(visibilityScope(input), input.viewer.id, input.params.moduleId, attemptId);
    return `/learn/scorm/${input.params.moduleId}?sco=${position}`;
  },
);
