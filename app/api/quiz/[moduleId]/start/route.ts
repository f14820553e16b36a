import { learnerPost, seeOther } from "@/lib/auth/route-context";
import { Invalid, NotFound } from "@/lib/errors";
import { startAttempt } from "@/lib/quiz/quiz-attempts";

// "Start the quiz" (a plain form): opens the learner's attempt, or the one already open.
export async function POST(request: Request, { params }: { params: Promise<{ moduleId: string }> }) {
  const [context, { moduleId }] = await Promise.all([learnerPost(request), params]);
  if (!context) return new Response("Not found", { status: 404 });
  try {
    return seeOther(`/learn/quiz/attempt/${await startAttempt(context.scope, context.viewer.id, moduleId)}`);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (error instanceof Invalid) return seeOther(`/learn/quiz/${moduleId}?error=${Object.values(error.fields)[0]}`);
    throw error;
  }
}
