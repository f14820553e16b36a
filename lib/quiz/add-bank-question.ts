// Adding a question of the course's bank at the end of a quiz, audited; a question the quiz already has is
// refused (it would be asked twice).
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { nextSlotPosition, slotOwner } from "./bank-question";
import { quizModule } from "./quiz-module";

export async function addBankQuestion(author: Author, courseId: string, moduleId: string, questionId: unknown) {
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const question =
      typeof questionId === "string" && UUID.test(questionId)
        ? await tx.quizQuestion.findFirst({ where: { id: questionId, courseId }, select: { id: true } })
        : null;
    if (!question) throw new Invalid({ questionId: "required" });
    if (await tx.quizSlot.findFirst({ where: { moduleId, questionId: question.id }, select: { id: true } }))
      throw new Invalid({ questionId: "questionInQuiz" });
    await tx.quizSlot.create({
      data: {
        ...slotOwner(author, courseId, moduleId),
        position: await nextSlotPosition(tx, moduleId),
        questionId: question.id,
      },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.slot.add",
      targetType: "CourseModule",
      targetId: moduleId,
      after: { questionId: question.id },
    });
  });
}
