import { X } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { localized } from "@/lib/i18n/localized";
import { quizForAuthor } from "@/lib/quiz/quiz-bank";
import { addQuestionAction, removeQuestionAction, saveQuizSettingsAction } from "./actions";
import { AddQuestionForm, QuizSettingsForm } from "./quiz-forms";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { authorOn } from "@/lib/authoring/author";
import { PageTitle } from "@/components/ui/page-title";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";

// A quiz module's settings and question bank (the answers are shown here, to its authors only).
export default async function QuizAuthoringPage({ params }: { params: Promise<{ id: string; moduleId: string }> }) {
  const { id, moduleId } = await params;
  const { site, viewer } = await loadPage({
    signIn: `/author/courses/${id}/quiz/${moduleId}`,
    can: "authoring.author",
  });
  const author = authorOn(site, viewer);
  const quiz = await orNotFound(quizForAuthor(author, id, moduleId));
  const [t, locale] = await Promise.all([getTranslations("QuizAuthoring"), getLocale()]);
  const text = (value: unknown) => localized(value as Record<string, string>, locale);
  return (
    <div className="space-y-6">
      <p>
        <TextLink href={`/author/courses/${id}#outline`}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{text(quiz.title)}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <QuizSettingsForm save={saveQuizSettingsAction.bind(null, id, moduleId)} settings={quiz.settings} />
        <AddQuestionForm save={addQuestionAction.bind(null, id, moduleId)} />
      </div>
      <section aria-labelledby="bank-title" className="space-y-3">
        <h2 id="bank-title" className="text-2xl font-semibold">
          {t("bank", { count: quiz.questions.length })}
        </h2>
        {quiz.questions.length === 0 ? (
          <EmptyState>{t("noQuestions")}</EmptyState>
        ) : (
          <ol className="space-y-2">
            {quiz.questions.map((q) => (
              <li
                key={q.id}
                className="flex flex-wrap items-start gap-2 rounded-lg border border-slate-200 bg-white p-3"
                data-testid="bank-question"
              >
                <div className="flex-1">
                  <p className="font-medium" dir="auto">
                    {text(q.prompt)}
                  </p>
                  <p className="text-sm text-slate-600">
                    {t(`kindValue.${q.kind}`)} · {t("pointsValue", { count: q.points })}
                  </p>
                </div>
                <form action={removeQuestionAction.bind(null, id, moduleId, q.id)}>
                  <ConfirmButton
                    question={t("removeConfirm")}
                    variant="danger"
                    size="icon"
                    aria-label={t("remove", { prompt: text(q.prompt) })}
                  >
                    <X size={16} aria-hidden="true" />
                  </ConfirmButton>
                </form>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
