import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { localized } from "@/lib/catalogue/get-course";
import { NotFound } from "@/lib/errors";
import { quizForAuthor } from "@/lib/quiz/quiz-bank";
import { requireAuthor } from "../../../guard";
import { addQuestionAction, removeQuestionAction, saveQuizSettingsAction } from "./actions";
import { AddQuestionForm, QuizSettingsForm } from "./quiz-forms";

// A quiz module's settings and question bank (the answers are shown here, to its authors only).
export default async function QuizAuthoringPage({ params }: { params: Promise<{ id: string; moduleId: string }> }) {
  const { id, moduleId } = await params;
  const { author } = await requireAuthor(`/author/courses/${id}/quiz/${moduleId}`);
  const quiz = await quizForAuthor(author, id, moduleId).catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("QuizAuthoring"), getLocale()]);
  const text = (value: unknown) => localized(value as Record<string, string>, locale);
  return (
    <div className="space-y-6">
      <p><Link href={`/author/courses/${id}#outline`} className="text-brand underline">{t("backToCourse")}</Link></p>
      <h1 className="text-3xl font-bold">{text(quiz.title)}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <QuizSettingsForm save={saveQuizSettingsAction.bind(null, id, moduleId)} settings={quiz.settings} />
        <AddQuestionForm save={addQuestionAction.bind(null, id, moduleId)} />
      </div>
      <section aria-labelledby="bank-title" className="space-y-3">
        <h2 id="bank-title" className="text-2xl font-semibold">{t("bank", { count: quiz.questions.length })}</h2>
        {quiz.questions.length === 0 ? <p className="rounded border border-slate-200 bg-white p-4">{t("noQuestions")}</p> : (
          <ol className="space-y-2">
            {quiz.questions.map((q) => (
              <li key={q.id} className="flex flex-wrap items-start gap-2 rounded-lg border border-slate-200 bg-white p-3" data-testid="bank-question">
                <div className="flex-1">
                  <p className="font-medium" dir="auto">{text(q.prompt)}</p>
                  <p className="text-sm text-slate-600">{t(`kindValue.${q.kind}`)} · {t("pointsValue", { count: q.points })}</p>
                </div>
                <form action={removeQuestionAction.bind(null, id, moduleId, q.id)}>
                  <ConfirmButton question={t("removeConfirm")} className="rounded border border-red-700 px-2 py-1 text-sm text-red-800" aria-label={t("remove", { prompt: text(q.prompt) })}>✕</ConfirmButton>
                </form>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
