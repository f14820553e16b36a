// Submitting an attempt: graded once on the server; passing completes the quiz module.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type Prisma } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { refreshProgress } from "@/lib/learning/refresh-progress";
import { attemptQuestions } from "./attempt-questions";
import { enrolledQuiz, type LayoutItem } from "./enrolled-quiz";
import { isCorrect, scorePercent, type Response } from "./grading";

// Answers sent a little after the deadline (a slow connection) still count.
const GRACE_MS = 30_000;

/** Submits and grades the attempt once; passing completes the quiz module. */
export async function submitAttempt(
  scope: VisibilityScope,
  learnerId: string,
  attemptId: string,
  responses: Record<string, Response>,
) {
  if (!UUID.test(attemptId)) throw new NotFound();
  return forTenant(scope.ctx, async (tx) => {
    const attempt = await tx.quizAttempt.findFirst({ where: { id: attemptId, userId: learnerId } });
    if (!attempt) throw new NotFound();
    if (attempt.submittedAt) return { scorePercent: attempt.scorePercent ?? 0, passed: attempt.passed ?? false };
    const { quiz, enrolment, settings } = await enrolledQuiz(tx, learnerId, attempt.moduleId);
    const late = attempt.deadline !== null && Date.now() > attempt.deadline.getTime() + GRACE_MS;
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
      data: { submittedAt: new Date(), responses: counted as Prisma.InputJsonValue, scorePercent: score, passed },
    });
    if (written.count === 0) throw new Invalid({ quiz: "alreadySubmitted" });
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
