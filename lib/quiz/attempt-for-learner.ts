// The attempt as the learner sees it: never the answers, except in the review after submission.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { UUID } from "@/lib/ids";
import { attemptQuestions } from "./attempt-questions";
import { enrolledQuiz, type LayoutItem } from "./enrolled-quiz";
import { isCorrect, type Response } from "./grading";
import { reviewAnswer, reviewGiven, type ReviewItem } from "./review-answers";
import { isLate } from "./time-limit";

export interface ShownQuestion {
  id: string;
  kind: string;
  prompt: string;
  points: number;
  choices: Array<{ id: string; text: string }>;
  /** Matching: the left-hand items (by pair id) and the right-hand texts under this attempt's tokens. */
  pairs?: { left: Array<{ id: string; text: string }>; right: Array<{ token: string; text: string }> };
  review?: { correct: boolean; answer: ReviewItem[]; given: ReviewItem[] };
}

/** The attempt as the learner sees it: never the answers, except in the review after submission. */
export async function attemptForLearner(scope: VisibilityScope, learnerId: string, attemptId: string, locale: string) {
  if (!UUID.test(attemptId)) throw new NotFound();
  return forTenant(scope.ctx, async (tx) => {
    const attempt = await tx.quizAttempt.findFirst({ where: { id: attemptId, userId: learnerId } });
    if (!attempt) throw new NotFound();
    const { quiz, settings } = await enrolledQuiz(tx, learnerId, attempt.moduleId);
    const layout = attempt.layout as LayoutItem[];
    const stored = await attemptQuestions(tx, layout);
    const showReview = attempt.submittedAt !== null && settings.review;
    const responses = (attempt.responses ?? {}) as Record<string, Response>;
    const text = (value: unknown) => localized(value as Record<string, string>, locale);
    const questions: ShownQuestion[] = layout.flatMap((item) => {
      const q = stored.get(item.questionId);
      if (!q) return [];
      const choices = q.choices as Array<{ id: string; text?: unknown; left?: unknown; right?: unknown }>;
      const byId = new Map(choices.map((c) => [c.id, c]));
      const shown: ShownQuestion = { id: q.id, kind: q.kind, prompt: text(q.prompt), points: q.points, choices: [] };
      if (q.kind === "MATCHING") {
        shown.pairs = {
          left: item.choiceOrder.map((id) => ({ id, text: text(byId.get(id)?.left) })),
          right: (item.tokens ?? []).map(({ token, pairId }) => ({ token, text: text(byId.get(pairId)?.right) })),
        };
      } else {
        shown.choices = item.choiceOrder.map((id) => ({ id, text: text(byId.get(id)?.text) }));
      }
      if (showReview) {
        const tokens = Object.fromEntries((item.tokens ?? []).map((t) => [t.token, t.pairId]));
        const given = responses[q.id];
        shown.review = {
          correct: isCorrect(q, given, tokens),
          answer: reviewAnswer(q.kind, q.answer, byId, text),
          given: reviewGiven(q.kind, given, byId, tokens, text),
        };
      }
      return [shown];
    });
    return {
      id: attempt.id,
      moduleId: attempt.moduleId,
      courseId: quiz.courseId,
      title: text(quiz.title),
      number: attempt.number,
      deadline: attempt.deadline,
      submittedAt: attempt.submittedAt,
      /** The answers reached the server after the time limit, so none counted. */
      late: attempt.submittedAt !== null && isLate(attempt.deadline, attempt.submittedAt),
      scorePercent: attempt.scorePercent,
      passed: attempt.passed,
      passPercent: settings.passPercent,
      reviewAllowed: settings.review,
      questions,
    };
  });
}
