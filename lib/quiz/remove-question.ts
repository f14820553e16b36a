// Removing a question from a quiz, audited; the questions after it move up so positions stay 0..n-1.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { quizModule } from "./quiz-module";

export async function removeQuestion(author: Author, courseId: string, moduleId: string, questionId: string) {
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const question = UUID.test(questionId)
      ? await tx.quizQuestion.findFirst({
          where: { id: questionId, moduleId },
          select: { kind: true, prompt: true, position: true },
        })
      : null;
    if (!question) throw new NotFound();
    await tx.quizQuestion.delete({ where: { id: questionId } });
    await tx.quizQuestion.updateMany({
      where: { moduleId, position: { gt: question.position } },
      data: { position: { decrement: 1 } },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.remove",
      targetType: "QuizQuestion",
      targetId: questionId,
      before: { kind: question.kind, prompt: question.prompt },
    });
  });
}
