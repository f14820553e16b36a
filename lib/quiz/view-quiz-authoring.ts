// The quiz authoring page's read: the module's title, its settings and its questions in order (with their
// answers: authors only), each also as the form writes it in the language being edited.
import type { Author } from "@/lib/authoring/author";
import { forTenant } from "@/lib/db";
import { questionInLanguage } from "./question-lines";
import { quizModule } from "./quiz-module";
import { DEFAULT_QUIZ_SETTINGS } from "./schemas";

export async function viewQuizAuthoring(author: Author, courseId: string, moduleId: string, locale = "en") {
  return forTenant(author.ctx, async (tx) => {
    const quiz = await quizModule(tx, author, courseId, moduleId);
    const [settings, questions] = await Promise.all([
      tx.quizSettings.findUnique({ where: { moduleId } }),
      tx.quizQuestion.findMany({ where: { moduleId }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    ]);
    return {
      title: quiz.title as Record<string, string>,
      settings: settings ?? DEFAULT_QUIZ_SETTINGS,
      questions: questions.map((q) => ({ ...q, inLanguage: questionInLanguage(q, locale) })),
    };
  });
}
