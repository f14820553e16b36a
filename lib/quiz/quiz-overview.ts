// A quiz's rules and the learner's attempts so far, for the quiz's start page.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import { enrolledQuiz, inCycle } from "./enrolled-quiz";
import { countQuizQuestions } from "./quiz-draw";

/** The quiz's rules and the learner's attempts so far. */
export async function quizOverview(scope: VisibilityScope, learnerId: string, moduleId: string, locale: string) {
  return forTenant(scope.ctx, async (tx) => {
    const { quiz, enrolment, settings } = await enrolledQuiz(tx, learnerId, moduleId);
    const [questions, attempts] = await Promise.all([
      countQuizQuestions(tx, moduleId),
      tx.quizAttempt.findMany({
        where: { userId: learnerId, moduleId, ...inCycle(enrolment) },
        orderBy: { number: "asc" },
        select: { id: true, number: true, submittedAt: true, scorePercent: true, passed: true, deadline: true },
      }),
    ]);
    const open = attempts.find((a) => !a.submittedAt);
    const used = attempts.length;
    return {
      title: localized(quiz.title as Record<string, string>, locale),
      courseId: quiz.courseId,
      settings: {
        ...settings,
        questionCount: settings.drawCount ? Math.min(settings.drawCount, questions) : questions,
      },
      attempts,
      openAttemptId: open?.id ?? null,
      canStart:
        !open &&
        questions > 0 &&
        !attempts.some((a) => a.passed) &&
        (settings.maxAttempts === null || used < settings.maxAttempts),
    };
  });
}
