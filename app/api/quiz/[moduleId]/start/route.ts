import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import { startAttempt } from "@/lib/quiz/start-attempt";

// "Start the quiz" (a plain form): opens the learner's attempt, or the one already open.
export const POST = formPost<{ moduleId: string }>(
  { onRefusal: ({ key }, { params }) => `/learn/quiz/${params.moduleId}?error=${key}` },
  async (input) => {
    return `/learn/quiz/attempt/${await startAttempt(visibilityScope(input), input.viewer.id, input.params.moduleId)}`;
  },
);
