// The author's side of a quiz module: its settings and its question bank, audited.
import { z } from "zod";
import { fieldMessages } from "@/lib/field-messages";
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/save-course";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, type Prisma, type TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { parseQuestion } from "./question-input";

export const DEFAULT_QUIZ_SETTINGS = {
  drawCount: null,
  shuffle: true,
  timeLimitMinutes: null,
  maxAttempts: null,
  passPercent: 70,
  review: true,
};

const settingsSchema = z.object({
  drawCount: z.number("wholeNumber").int("wholeNumber").min(1, "wholeNumber").max(500, "wholeNumber").nullable(),
  shuffle: z.boolean(),
  timeLimitMinutes: z.number("wholeNumber").int("wholeNumber").min(1, "wholeNumber").max(600, "wholeNumber").nullable(),
  maxAttempts: z.number("wholeNumber").int("wholeNumber").min(1, "wholeNumber").max(100, "wholeNumber").nullable(),
  passPercent: z
    .number("passPercentFormat")
    .int("passPercentFormat")
    .min(0, "passPercentFormat")
    .max(100, "passPercentFormat"),
  review: z.boolean(),
});

async function quizModule(tx: TenantTx, author: Author, courseId: string, moduleId: string) {
  await ownCourse(tx, author, courseId);
  const quiz = /^[0-9a-f-]{36}$/.test(moduleId)
    ? await tx.courseModule.findFirst({
        where: { id: moduleId, courseId },
        select: { id: true, kind: true, title: true },
      })
    : null;
  if (!quiz || quiz.kind !== "QUIZ") throw new NotFound();
  return quiz;
}

export async function quizForAuthor(author: Author, courseId: string, moduleId: string) {
  return forTenant(author.ctx, async (tx) => {
    const quiz = await quizModule(tx, author, courseId, moduleId);
    const [settings, questions] = await Promise.all([
      tx.quizSettings.findUnique({ where: { moduleId } }),
      tx.quizQuestion.findMany({ where: { moduleId }, orderBy: { position: "asc" } }),
    ]);
    return { title: quiz.title as Record<string, string>, settings: settings ?? DEFAULT_QUIZ_SETTINGS, questions };
  });
}

export async function saveQuizSettings(author: Author, courseId: string, moduleId: string, input: unknown) {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const before = await tx.quizSettings.findUnique({ where: { moduleId } });
    // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
    await tx.quizSettings.upsert({
      where: { moduleId },
      create: { ...parsed.data, moduleId, courseId, tenantId: author.ctx.tenantId, audience: "CUSTOMS_ONLY" },
      update: parsed.data,
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.settings",
      targetType: "CourseModule",
      targetId: moduleId,
      before: before ? { ...before } : null,
      after: parsed.data,
    });
  });
}

export async function addQuestion(author: Author, courseId: string, moduleId: string, input: unknown) {
  const question = parseQuestion(input);
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const position = await tx.quizQuestion.count({ where: { moduleId } });
    const created = await tx.quizQuestion.create({
      data: {
        ...question,
        choices: question.choices as Prisma.InputJsonValue,
        answer: question.answer as Prisma.InputJsonValue,
        moduleId,
        courseId,
        tenantId: author.ctx.tenantId,
        audience: "CUSTOMS_ONLY",
        position,
      },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.add",
      targetType: "QuizQuestion",
      targetId: created.id,
      after: { kind: question.kind, prompt: question.prompt },
    });
  });
}

export async function removeQuestion(author: Author, courseId: string, moduleId: string, questionId: string) {
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const question = /^[0-9a-f-]{36}$/.test(questionId)
      ? await tx.quizQuestion.findFirst({ where: { id: questionId, moduleId }, select: { kind: true, prompt: true } })
      : null;
    if (!question) throw new NotFound();
    await tx.quizQuestion.delete({ where: { id: questionId } });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.remove",
      targetType: "QuizQuestion",
      targetId: questionId,
      before: question,
    });
  });
}
