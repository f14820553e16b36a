// Starting an attempt: questions drawn (the quiz's random entries, then its draw limit) and shuffled once, each
// at its current version; a deadline when the quiz is timed. An open attempt is returned as it is.
import { randomUUID } from "node:crypto";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type Prisma } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { enrolledQuiz, inCycle, shuffled, type LayoutItem } from "./enrolled-quiz";
import { drawQuestions } from "./quiz-draw";

export async function startAttempt(scope: VisibilityScope, learnerId: string, moduleId: string): Promise<string> {
  return forTenant(scope.ctx, async (tx) => {
    const { enrolment, settings } = await enrolledQuiz(tx, learnerId, moduleId);
    const [attempts, everAttempted] = await Promise.all([
      tx.quizAttempt.findMany({
        where: { userId: learnerId, moduleId, ...inCycle(enrolment) },
        select: { id: true, submittedAt: true, passed: true },
      }),
      tx.quizAttempt.count({ where: { userId: learnerId, moduleId } }),
    ]);
    const open = attempts.find((a) => !a.submittedAt);
    if (open) return open.id;
    if (attempts.some((a) => a.passed)) throw new Invalid({ quiz: "quizAlreadyPassed" });
    if (settings.maxAttempts !== null && attempts.length >= settings.maxAttempts)
      throw new Invalid({ quiz: "noAttemptsLeft" });
    const bank = await drawQuestions(tx, moduleId);
    if (bank.length === 0) throw new Invalid({ quiz: "quizEmpty" });
    const drawn = settings.drawCount ? shuffled(bank, true).slice(0, settings.drawCount) : bank;
    const layout: LayoutItem[] = shuffled(drawn, settings.shuffle).map((question) => {
      const choices = question.choices as Array<{ id: string }>;
      const order = shuffled(
        choices.map((c) => c.id),
        settings.shuffle || question.kind === "MATCHING",
      );
      // Matching: the right-hand texts are shown under tokens of this attempt, so their ids reveal nothing.
      return question.kind === "MATCHING"
        ? {
            questionId: question.id,
            version: question.version,
            choiceOrder: choices.map((c) => c.id),
            tokens: order.map((pairId) => ({ token: randomUUID(), pairId })),
          }
        : { questionId: question.id, version: question.version, choiceOrder: order };
    });
    const attempt = await tx.quizAttempt.create({
      data: {
        tenantId: scope.ctx.tenantId,
        userId: learnerId,
        moduleId,
        number: everAttempted + 1,
        layout: layout as Prisma.InputJsonValue,
        deadline: settings.timeLimitMinutes ? new Date(Date.now() + settings.timeLimitMinutes * 60_000) : null,
      },
    });
    return attempt.id;
  });
}
