import { authorOn } from "@/lib/authoring/author";
import { formPost } from "@/lib/http/route-handler";
import { moveQuestion, type Direction } from "@/lib/quiz/move-question";

// A question's up and down buttons post here (plain forms, so they work without JavaScript); the answer
// reloads the quiz's authoring page at the question.
export const POST = formPost<{ id: string; moduleId: string; questionId: string }>(
  { can: "authoring.author" },
  async ({ site, viewer, params, form }) => {
    const direction = String((await form()).get("direction") ?? "") as Direction;
    await moveQuestion(authorOn(site, viewer), params.id, params.moduleId, params.questionId, direction);
    return `/author/courses/${params.id}/quiz/${params.moduleId}#question-${params.questionId}`;
  },
);
