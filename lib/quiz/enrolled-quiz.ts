// Shared by the learner's quiz use cases: the quiz module of a course the learner is enrolled in, the
// attempts of the current certification cycle, an attempt's layout and the shuffle that makes it.
import { randomInt } from "node:crypto";
import type { TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { DEFAULT_QUIZ_SETTINGS } from "./schemas";

export type LayoutItem = {
  questionId: string;
  /** The question's version this attempt was drawn with (absent: 1). */
  version?: number;
  choiceOrder: string[];
  tokens?: Array<{ token: string; pairId: string }>;
};

export function shuffled<T>(items: T[], shuffle: boolean): T[] {
  const copy = [...items];
  if (!shuffle) return copy;
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export async function enrolledQuiz(tx: TenantTx, learnerId: string, moduleId: string) {
  const quiz = UUID.test(moduleId)
    ? await tx.courseModule.findFirst({
        where: { id: moduleId, kind: "QUIZ" },
        select: { id: true, courseId: true, title: true, quizSettings: true },
      })
    : null;
  const enrolment = quiz
    ? await tx.enrolment.findFirst({
        where: { userId: learnerId, courseId: quiz.courseId },
        select: { id: true, cycleStartedAt: true },
      })
    : null;
  if (!quiz || !enrolment) throw new NotFound();
  return { quiz, enrolment, settings: quiz.quizSettings ?? DEFAULT_QUIZ_SETTINGS };
}

/** Attempts of earlier certification cycles stay in the history but count for nothing now. */
export function inCycle(enrolment: { cycleStartedAt: Date | null }) {
  return enrolment.cycleStartedAt ? { startedAt: { gte: enrolment.cycleStartedAt } } : {};
}
