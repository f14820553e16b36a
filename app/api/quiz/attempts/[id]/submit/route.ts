import { learnerPost, seeOther } from "@/lib/auth/route-context";
import { Invalid, NotFound } from "@/lib/errors";
import type { Response as Answer } from "@/lib/quiz/grading";
import { submitAttempt } from "@/lib/quiz/quiz-attempts";

// Fields: q.<question> (a choice, "true"/"false" or a text; several for multiple choice) and
// m.<question>.<left item> (the token chosen for a matching item).
function responsesFrom(form: FormData): Record<string, Answer> {
  const responses: Record<string, Answer> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).map(String);
    const [kind, questionId, leftId] = key.split(".");
    if (kind === "q" && questionId) responses[questionId] = values.length > 1 ? values : values[0];
    if (kind === "m" && questionId && leftId && values[0]) responses[questionId] = { ...((responses[questionId] as Record<string, string>) ?? {}), [leftId]: values[0] };
  }
  return responses;
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [context, { id }] = await Promise.all([learnerPost(request), params]);
  if (!context) return new Response("Not found", { status: 404 });
  try {
    await submitAttempt(context.scope, context.viewer.id, id, responsesFrom(await request.formData()));
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (!(error instanceof Invalid)) throw error;
  }
  return seeOther(`/learn/quiz/attempt/${id}`);
}
