// The quiz authoring page's read: the module's title, its settings, its entries in order (chosen bank
// questions with their answers: authors only; random draws from a category), each chosen question also as the
// form writes it in the language being edited, and the bank's questions and categories to add from.
import type { Author } from "@/lib/authoring/author";
import { forTenant } from "@/lib/db";
import { questionInLanguage } from "./question-lines";
import { quizModule } from "./quiz-module";
import { DEFAULT_QUIZ_SETTINGS } from "./schemas";

export async function viewQuizAuthoring(author: Author, courseId: string, moduleId: string, locale = "en") {
  return forTenant(author.ctx, async (tx) => {
    const quiz = await quizModule(tx, author, courseId, moduleId);
    const [settings, slots, bank, categories] = await Promise.all([
      tx.quizSettings.findUnique({ where: { moduleId } }),
      tx.quizSlot.findMany({
        where: { moduleId },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { question: true, category: { select: { name: true } } },
      }),
      tx.quizQuestion.findMany({
        where: { courseId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, prompt: true },
      }),
      tx.quizCategory.findMany({ where: { courseId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    ]);
    const inQuiz = new Set(slots.map((s) => s.questionId));
    return {
      title: quiz.title as Record<string, string>,
      settings: settings ?? DEFAULT_QUIZ_SETTINGS,
      slots: slots.map((s) => ({
        id: s.id,
        question: s.question ? { ...s.question, inLanguage: questionInLanguage(s.question, locale) } : null,
        draw: s.question ? null : { category: s.category?.name ?? "", count: s.drawCount ?? 0 },
      })),
      bank: bank.filter((q) => !inQuiz.has(q.id)),
      categories,
    };
  });
}
