// The learner's side of a quiz: start an attempt (questions drawn and shuffled once, a deadline when timed),
// see it without the answers, submit it once, and read the review when the quiz allows it. Passing completes
// the module.
import { randomInt, randomUUID } from "node:crypto";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { localized } from "@/lib/i18n/localized";
import { forTenant, type Prisma, type TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { refreshProgress } from "@/lib/learning/complete-module";
import { isCorrect, scorePercent, type Response } from "./grading";
import { DEFAULT_QUIZ_SETTINGS } from "./quiz-bank";
import { UUID } from "@/lib/ids";

// Answers sent a little after the deadline (a slow connection) still count.
const GRACE_MS = 30_000;

type LayoutItem = { questionId: string; choiceOrder: string[]; tokens?: Array<{ token: string; pairId: string }> };

function shuffled<T>(items: T[], shuffle: boolean): T[] {
  const copy = [...items];
  if (!shuffle) return copy;
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

async function enrolledQuiz(tx: TenantTx, learnerId: string, moduleId: string) {
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
function inCycle(enrolment: { cycleStartedAt: Date | null }) {
  return enrolment.cycleStartedAt ? { startedAt: { gte: enrolment.cycleStartedAt } } : {};
}

/** The quiz's rules and the learner's attempts so far. */
export async function quizOverview(scope: VisibilityScope, learnerId: string, moduleId: string, locale: string) {
  return forTenant(scope.ctx, async (tx) => {
    const { quiz, enrolment, settings } = await enrolledQuiz(tx, learnerId, moduleId);
    const [questions, attempts] = await Promise.all([
      tx.quizQuestion.count({ where: { moduleId } }),
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
    const bank = await tx.quizQuestion.findMany({
      where: { moduleId },
      orderBy: { position: "asc" },
      select: { id: true, kind: true, choices: true },
    });
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
            choiceOrder: choices.map((c) => c.id),
            tokens: order.map((pairId) => ({ token: randomUUID(), pairId })),
          }
        : { questionId: question.id, choiceOrder: order };
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

export interface ShownQuestion {
  id: string;
  kind: string;
  prompt: string;
  points: number;
  choices: Array<{ id: string; text: string }>;
  /** Matching: the left-hand items (by pair id) and the right-hand texts under this attempt's tokens. */
  pairs?: { left: Array<{ id: string; text: string }>; right: Array<{ token: string; text: string }> };
  review?: { correct: boolean; answer: string[]; given: string[] };
}

/** The attempt as the learner sees it: never the answers, except in the review after submission. */
export async function attemptForLearner(scope: VisibilityScope, learnerId: string, attemptId: string, locale: string) {
  if (!UUID.test(attemptId)) throw new NotFound();
  return forTenant(scope.ctx, async (tx) => {
    const attempt = await tx.quizAttempt.findFirst({ where: { id: attemptId, userId: learnerId } });
    if (!attempt) throw new NotFound();
    const { quiz, settings } = await enrolledQuiz(tx, learnerId, attempt.moduleId);
    const layout = attempt.layout as LayoutItem[];
    const stored = await tx.quizQuestion.findMany({ where: { id: { in: layout.map((l) => l.questionId) } } });
    const showReview = attempt.submittedAt !== null && settings.review;
    const responses = (attempt.responses ?? {}) as Record<string, Response>;
    const text = (value: unknown) => localized(value as Record<string, string>, locale);
    const questions: ShownQuestion[] = layout.flatMap((item) => {
      const q = stored.find((s) => s.id === item.questionId);
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
      scorePercent: attempt.scorePercent,
      passed: attempt.passed,
      passPercent: settings.passPercent,
      reviewAllowed: settings.review,
      questions,
    };
  });
}

// The correct answer in words, for the review.
function reviewAnswer(
  kind: string,
  answer: unknown,
  byId: Map<string, { text?: unknown; left?: unknown; right?: unknown }>,
  text: (value: unknown) => string,
): string[] {
  if (kind === "TRUE_FALSE") return [String(answer)];
  if (kind === "SHORT_ANSWER") return (answer as string[]).slice(0, 1);
  if (kind === "MATCHING")
    return (answer as string[]).map((id) => `${text(byId.get(id)?.left)} = ${text(byId.get(id)?.right)}`);
  return (answer as string[]).map((id) => text(byId.get(id)?.text));
}

// What the learner answered, in words, for the review.
function reviewGiven(
  kind: string,
  given: Response,
  byId: Map<string, { text?: unknown; left?: unknown; right?: unknown }>,
  tokens: Record<string, string>,
  text: (value: unknown) => string,
): string[] {
  if (given === undefined) return [];
  if (kind === "TRUE_FALSE" || kind === "SHORT_ANSWER") return [String(given)];
  if (kind === "MATCHING") {
    return typeof given === "object" && !Array.isArray(given)
      ? Object.entries(given).map(
          ([pairId, token]) => `${text(byId.get(pairId)?.left)} = ${text(byId.get(tokens[token])?.right)}`,
        )
      : [];
  }
  return (Array.isArray(given) ? given : [String(given)]).map((id) => text(byId.get(id)?.text));
}

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
    const stored = await tx.quizQuestion.findMany({
      where: { id: { in: layout.map((l) => l.questionId) } },
      select: { id: true, kind: true, answer: true, points: true },
    });
    const results = layout.flatMap((item) => {
      const q = stored.find((s) => s.id === item.questionId);
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
