import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import type { Response as Answer } from "@/lib/quiz/grading";
import { submitAttempt } from "@/lib/quiz/submit-attempt";

// Fields: q.<question> (a choice, "true"/"false" or a text; several for multiple choice) and
// m.<question>.<left item> (the token chosen for a matching item).
function responsesFrom(form: FormData): Record<string, Answer> {
  const responses: Record<string, Answer> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).map(String);
    const [kind, questionId, leftId] = key.split(".");
    if (kind === "q" && questionId) responses[questionId] = values.length > 1 ? values : values[0];
    if (kind === "m" && questionId && leftId && values[0])
      responses[questionId] = { ...((responses[questionId] as Record<string, string>) ?? {}), [leftId]: values[0] };
  }
  return responses;
}

// An attempt already submitted (another tab): its result page again.
export const POST = formPost<{ id: string }>(
  { onRefusal: (_refusal, { params }) => `/learn/quiz/attempt/${params.id}` },
  async (input) => {
    await submitAttempt(visibilityScope(input), input.viewer.id, input.params.id, responsesFrom(await input.form()));
    return `/learn/quiz/attempt/${input.params.id}`;
  },
);
