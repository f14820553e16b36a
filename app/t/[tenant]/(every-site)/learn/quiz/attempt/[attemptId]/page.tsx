import { randomUUID } from "node:crypto";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { attemptForLearner, type ShownQuestion } from "@/lib/quiz/attempt-for-learner";
import type { ReviewItem } from "@/lib/quiz/review-answers";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { PageTitle } from "@/components/ui/page-title";
import { Input } from "@/components/ui/input";
import { Panel } from "@/components/ui/panel";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { AnswersOnDevice } from "./answers-on-device";

function QuestionInput({
  question,
  t,
}: {
  question: ShownQuestion;
  t: Awaited<ReturnType<typeof getTranslations<"Quiz">>>;
}) {
  const name = `q.${question.id}`;
  switch (question.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return (
        <div className="space-y-1">
          {question.choices.map((choice) => (
            <label key={choice.id} className="flex items-center gap-2">
              <input
                type={question.kind === "SINGLE_CHOICE" ? "radio" : "checkbox"}
                name={name}
                value={choice.id}
                className="h-4 w-4"
              />
              <span dir="auto">{choice.text}</span>
            </label>
          ))}
        </div>
      );
    case "TRUE_FALSE":
      return (
        <div className="flex gap-4">
          {(["true", "false"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name={name} value={value} className="h-4 w-4" />
              {t(value)}
            </label>
          ))}
        </div>
      );
    case "SHORT_ANSWER":
      return <Input name={name} aria-label={t("yourAnswer")} className="w-full" dir="auto" autoComplete="off" />;
    default:
      return (
        <div className="space-y-2">
          {question.pairs?.left.map((left) => (
            <label key={left.id} className="flex flex-wrap items-center gap-2">
              <span className="min-w-40" dir="auto">
                {left.text}
              </span>
              <select
                name={`m.${question.id}.${left.id}`}
                defaultValue=""
                className="rounded border border-slate-400 px-2 py-1"
              >
                <option value="">{t("choose")}</option>
                {question.pairs?.right.map((right) => (
                  <option key={right.token} value={right.token}>
                    {right.text}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      );
  }
}

// One attempt: the questions to answer, or once submitted, the result and (when the quiz allows) the review. The
// answers are kept on the device as they are given and sent when the connection allows (ADR 0050).
export default async function QuizAttemptPage({
  params,
  searchParams,
}: {
  params: Promise<{ attemptId: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const [{ attemptId }, { error }] = await Promise.all([params, searchParams]);
  const entry = await loadPage({ signIn: `/learn/quiz/attempt/${attemptId}` });
  const { viewer } = entry;
  const scope = visibilityScope(entry);
  const [t, fields, format, locale] = await Promise.all([
    getTranslations("Quiz"),
    getTranslations("Fields"),
    getFormatter(),
    getLocale(),
  ]);
  const attempt = await orNotFound(attemptForLearner(scope, viewer.id, attemptId, locale));
  // A review line in words: the quiz's own text, or the translated label of true and false.
  const words = (items: ReviewItem[]) => items.map((item) => ("label" in item ? t(item.label) : item.text)).join("; ");
  const score = format.number((attempt.scorePercent ?? 0) / 100, { style: "percent", maximumFractionDigits: 1 });
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <TextLink href={`/learn/quiz/${attempt.moduleId}`}>{attempt.title}</TextLink>
      </p>
      <PageTitle>{t("attemptNumber", { number: attempt.number })}</PageTitle>
      {error && fields.has(error) ? <Notice tone="error">{fields(error)}</Notice> : null}
      <AnswersOnDevice
        viewerId={viewer.id}
        attemptId={attempt.id}
        courseId={attempt.courseId}
        submitted={attempt.submittedAt !== null}
        timed={attempt.deadline !== null}
      >
        {attempt.submittedAt ? (
          <div className="space-y-6">
            {attempt.late ? <p className="rounded bg-amber-50 p-3 text-amber-900">{t("late")}</p> : null}
            <p
              role="status"
              data-testid="quiz-result"
              className={`rounded p-3 ${attempt.passed ? "bg-green-50 text-green-900" : "bg-amber-50 text-amber-900"}`}
            >
              {t(attempt.passed ? "resultPassed" : "resultFailed", { score, passMark: attempt.passPercent })}
            </p>
            {attempt.reviewAllowed ? (
              <ol className="space-y-4">
                {attempt.questions.map((q, index) => (
                  <Panel as="li" className="space-y-1" key={q.id} data-testid="quiz-review">
                    <p className="font-medium" dir="auto">
                      {index + 1}. {q.prompt}
                    </p>
                    <p className={q.review?.correct ? "text-green-800" : "text-red-800"}>
                      {q.review?.correct ? t("correct") : t("incorrect")}
                    </p>
                    <p className="text-sm">
                      {t("yourAnswerWas", { answer: q.review?.given.length ? words(q.review.given) : t("noAnswer") })}
                    </p>
                    {!q.review?.correct ? (
                      <p className="text-sm">{t("correctAnswer", { answer: words(q.review?.answer ?? []) })}</p>
                    ) : null}
                  </Panel>
                ))}
              </ol>
            ) : null}
            <TextLink href={`/courses/${attempt.courseId}?tab=course`} className="inline-block">
              {t("backToCourse")}
            </TextLink>
          </div>
        ) : (
          <form action={`/api/quiz/attempts/${attempt.id}/submit`} method="post" className="space-y-4">
            {/* Names this submission, so the same one sent twice (a retry, a device back online) is graded once. */}
            <input type="hidden" name="submission" value={randomUUID()} />
            {attempt.deadline ? (
              <p className="rounded bg-amber-50 p-3 text-amber-900">
                {t("deadline", { time: format.dateTime(attempt.deadline, { timeStyle: "short" }) })}{" "}
                {t("timedNeedsConnection")}
              </p>
            ) : null}
            <ol className="space-y-4">
              {attempt.questions.map((q, index) => (
                <li key={q.id}>
                  <Panel as="fieldset" className="space-y-2" data-testid="quiz-question">
                    <legend className="px-1 font-medium" dir="auto">
                      {index + 1}. {q.prompt}
                    </legend>
                    <QuestionInput question={q} t={t} />
                  </Panel>
                </li>
              ))}
            </ol>
            <ConfirmButton question={t("submitConfirm")}>{t("submit")}</ConfirmButton>
          </form>
        )}
      </AnswersOnDevice>
    </div>
  );
}
