import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { quizOverview } from "@/lib/quiz/quiz-overview";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { ButtonLink } from "@/components/ui/button-link";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { SectionTitle } from "@/components/ui/section-title";
import { TextLink } from "@/components/ui/text-link";

// A quiz's rules, the learner's attempts, and "Start the quiz".
export default async function QuizPage({
  params,
  searchParams,
}: {
  params: Promise<{ moduleId: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const [{ moduleId }, { error }] = await Promise.all([params, searchParams]);
  const entry = await loadPage({ signIn: `/learn/quiz/${moduleId}` });
  const { viewer } = entry;
  const scope = visibilityScope(entry);
  const [t, fields, format, locale] = await Promise.all([
    getTranslations("Quiz"),
    getTranslations("Fields"),
    getFormatter(),
    getLocale(),
  ]);
  const quiz = await orNotFound(quizOverview(scope, viewer.id, moduleId, locale));
  const { settings } = quiz;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <TextLink href={`/courses/${quiz.courseId}?tab=course`}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{quiz.title}</PageTitle>
      {error && fields.has(error) ? <Notice tone="error">{fields(error)}</Notice> : null}
      <ul className="list-disc space-y-1 ps-6">
        <li>{t("questions", { count: settings.questionCount })}</li>
        <li>{t("passMark", { percent: settings.passPercent })}</li>
        <li>
          {settings.timeLimitMinutes ? (
            <>
              {t("timeLimit", { minutes: settings.timeLimitMinutes })}{" "}
              <span data-testid="quiz-needs-connection">{t("timedNeedsConnection")}</span>
            </>
          ) : (
            t("noTimeLimit")
          )}
        </li>
        <li>{settings.maxAttempts ? t("attemptsAllowed", { count: settings.maxAttempts }) : t("unlimitedAttempts")}</li>
      </ul>
      {quiz.attempts.length ? (
        <section aria-labelledby="attempts-title" className="space-y-2">
          <SectionTitle id="attempts-title">{t("yourAttempts")}</SectionTitle>
          <ol className="space-y-1">
            {quiz.attempts.map((a) => (
              <li key={a.id} data-testid="quiz-attempt">
                <TextLink href={`/learn/quiz/attempt/${a.id}`}>{t("attemptNumber", { number: a.number })}</TextLink>{" "}
                {a.submittedAt
                  ? t(a.passed ? "passedWith" : "failedWith", {
                      score: format.number((a.scorePercent ?? 0) / 100, { style: "percent", maximumFractionDigits: 1 }),
                    })
                  : t("inProgress")}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {quiz.openAttemptId ? (
        <ButtonLink href={`/learn/quiz/attempt/${quiz.openAttemptId}`}>{t("continue")}</ButtonLink>
      ) : quiz.canStart ? (
        <form action={`/api/quiz/${moduleId}/start`} method="post">
          <Button>{t("start")}</Button>
        </form>
      ) : (
        <p className="rounded border border-slate-200 bg-white p-3">
          {quiz.attempts.some((a) => a.passed)
            ? t("alreadyPassed")
            : settings.questionCount === 0
              ? t("notReady")
              : t("noAttemptsLeft")}
        </p>
      )}
    </div>
  );
}
