import { visibilityScope } from "@/lib/auth/visibility-scope";
import { formPost } from "@/lib/http/route-handler";
import type { Response as Answer } from "@/lib/quiz/grading";
import { submitAttempt } from "@/lib/quiz/submit-attempt";

// Fields: q.<question> (a choice, "true"/"false" or a text; several for multiple choice),
// m.<question>.<left item> (the token chosen for a matching item) and submission (the key the page drew).
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

// The attempt page's script sends the answers kept on the device and asks for JSON (ADR 0050).
const asksForJson = (request: Request) => request.headers.get("accept") === "application/json";
const NO_STORE = { "Cache-Control": "no-store" };

// An attempt already graded by another submission (another tab or device): its page says these answers did not count.
export const POST = formPost<{ id: string }>(
  {
    onRefusal: ({ key }, { request, params }) =>
      asksForJson(request)
        ? Response.json({ refusal: key }, { status: 409, headers: NO_STORE })
        : `/learn/quiz/attempt/${params.id}?error=${key}`,
  },
  async (input) => {
    const form = await input.form();
    const submission = form.get("submission");
    const result = await submitAttempt(
      visibilityScope(input),
      input.viewer.id,
      input.params.id,
      responsesFrom(form),
      typeof submission === "string" ? submission : undefined,
    );
    return asksForJson(input.request)
      ? Response.json(result, { headers: NO_STORE })
      : `/learn/quiz/attempt/${input.params.id}`;
  },
);
