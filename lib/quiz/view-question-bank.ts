// The question bank page's read: the course's categories and bank questions (with their answers: authors
// only), each with its category, the quizzes using it (named before a removal), and as the form writes it in
// the language being edited.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import { forTenant } from "@/lib/db";
import { questionInLanguage } from "./question-lines";

export async function viewQuestionBank(author: Author, courseId: string, locale = "en") {
  return forTenant(author.ctx, async (tx) => {
    const course = await ownCourse(tx, author, courseId);
    const [questions, categories, titles] = await Promise.all([
      tx.quizQuestion.findMany({
        where: { courseId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { category: { select: { name: true } }, slots: { select: { moduleId: true } } },
      }),
      tx.quizCategory.findMany({ where: { courseId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
      tx.courseTranslation.findMany({ where: { courseId }, select: { locale: true, title: true } }),
    ]);
    const quizzes = await tx.courseModule.findMany({
      where: { courseId, kind: "QUIZ" },
      orderBy: { position: "asc" },
      select: { id: true, title: true },
    });
    return {
      courseId: course.id,
      courseTitle: Object.fromEntries(titles.map((t) => [t.locale, t.title])),
      categories,
      quizzes: quizzes.map((q) => ({ id: q.id, title: q.title as Record<string, string> })),
      questions: questions.map(({ slots, category, ...q }) => ({
        ...q,
        category: category?.name ?? null,
        usedIn: quizzes
          .filter((quiz) => slots.some((s) => s.moduleId === quiz.id))
          .map((quiz) => quiz.title as Record<string, string>),
        inLanguage: questionInLanguage(q, locale),
      })),
    };
  });
}
