// Editing a question in place, in one language: its other languages are kept, and its choices keep their
// ids while their number and the kind stay (attempts under way refer to them). Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, type Prisma } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { parseQuestion } from "./question-input";
import { quizModule } from "./quiz-module";

export async function editQuestion(
  author: Author,
  courseId: string,
  moduleId: string,
  questionId: string,
  input: unknown,
) {
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const before = UUID.test(questionId)
      ? await tx.quizQuestion.findFirst({
          where: { id: questionId, moduleId },
          select: { kind: true, prompt: true, choices: true, answer: true, points: true },
        })
      : null;
    if (!before) throw new NotFound();
    const question = parseQuestion(input, before);
    await tx.quizQuestion.update({
      where: { id: questionId },
      data: {
        ...question,
        choices: question.choices as Prisma.InputJsonValue,
        answer: question.answer as Prisma.InputJsonValue,
      },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.edit",
      targetType: "QuizQuestion",
      targetId: questionId,
      before,
      after: { ...question },
    });
  });
}
