// Submitting an attempt: graded once on the server; passing completes the quiz module.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type Prisma, type TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { refreshProgress } from "@/lib/learning/refresh-progress";
import { attemptQuestions } from "./attempt-questions";
import { enrolledQuiz, type LayoutItem } from "./enrolled-quiz";
import { isCorrect, scorePercent, type Response } from "./grading";
import { isLate } from "./time-limit";

type GradedAttempt = {
  submittedAt: Date | null;
  deadline: Date | null;
  scorePercent: number | null;
  passed: boolean | null;
  submissionKey: string | null;
};

/**
 * An attempt already graded: its result for the submission that was graded (sent again by a device that never heard
 * the answer) or for a caller that names none; another submission is told its answers were not counted.
 */
function gradedBefore(attempt: GradedAttempt, submissionKey: string | undefined) {
  if (submissionKey && attempt.submissionKey !== submissionKey) throw new Invalid({ quiz: "alreadySubmitted" });
  return {
    scorePercent: attempt.scorePercent ?? 0,
    passed: attempt.passed ?? false,
    late: isLate(attempt.deadline, attempt.submittedAt ?? new Date()),
  };
}

const readAttempt = (tx: TenantTx, attemptId: string, learnerId: string) =>
  tx.quizAttempt.findFirst({ where: { id: attemptId, userId: learnerId } });

/**
 * Submits and grades the attempt once; passing completes the quiz module. `submissionKey` names this submission
 * (the attempt page draws one), so sending it again, after a lost answer, grades nothing twice.
 */
export async function submitAttempt(
  scope: VisibilityScope,
  learnerId: string,
  attemptId: string,
  responses: Record<string, Response>,
  submissionKey?: string,
) {
  if (!UUID.test(attemptId)) throw new NotFound();
  const key = submissionKey && UUID.test(submissionKey) ? submissionKey.toLowerCase() : undefined;
  return forTenant(scope.ctx, async (tx) => {
    const attempt = await readAttempt(tx, attemptId, learnerId);
    if (!attempt) throw new NotFound();
    if (attempt.submittedAt) return gradedBefore(attempt, key);
    const { quiz, enrolment, settings } = await enrolledQuiz(tx, learnerId, attempt.moduleId);
    const submittedAt = new Date();
    const late = isLate(attempt.deadline, submittedAt);
    // After the time limit, nothing sent counts.
    const counted = late ? {} : responses;
    const layout = attempt.layout as LayoutItem[];
    const stored = await attemptQuestions(tx, layout);
    const results = layout.flatMap((item) => {
      const q = stored.get(item.questionId);
      if (!q) return [];
      const tokens = Object.fromEntries((item.tokens ?? []).map((t) => [t.token, t.pairId]));
      return [{ points: q.points, correct: isCorrect(q, counted[q.id], tokens) }];
    });
    const score = scorePercent(results);
    const passed = score >= settings.passPercent;
    // Submitted once: a second submission (another tab, a retry) finds it already graded.
    const written = await tx.quizAttempt.updateMany({
      where: { id: attempt.id, submittedAt: null },
      data: {
        submittedAt,
        responses: counted as Prisma.InputJsonValue,
        scorePercent: score,
        passed,
        submissionKey: key ?? null,
      },
    });
    if (written.count === 0) return gradedBefore((await readAttempt(tx, attemptId, learnerId))!, key);
    if (passed) {
      await tx.moduleCompletion.createMany({
        data: [{ tenantId: scope.ctx.tenantId, userId: learnerId, moduleId: attempt.moduleId }],
        skipDuplicates: true,
      });
      await refreshProgress(tx, enrolment.id, learnerId, quiz.courseId);
    }
    return { scorePercent: score, passed, late };
  });
}
