// A new question at the end of a quiz, audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, type Prisma } from "@/lib/db";
import { parseQuestion } from "./question-input";
import { quizModule } from "./quiz-module";

export async function addQuestion(author: Author, courseId: string, moduleId: string, input: unknown) {
  const question = parseQuestion(input);
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const last = await tx.quizQuestion.aggregate({ where: { moduleId }, _max: { position: true } });
    const position = (last._max.position ?? -1) + 1;
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
