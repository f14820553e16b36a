// Removing a question from its course's bank, audited: the quizzes using it lose it (their entries after it
// move up), attempts already answered keep the version they were answered with. The page asks first, naming
// the quizzes that use it.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { bankQuestion, renumberSlots } from "./bank-question";

export async function removeQuestion(author: Author, courseId: string, questionId: string) {
  await forTenant(author.ctx, async (tx) => {
    const question = await bankQuestion(tx, author, courseId, questionId);
    const usedBy = await tx.quizSlot.findMany({ where: { questionId }, select: { moduleId: true } });
    await tx.quizQuestion.delete({ where: { id: questionId } });
    for (const moduleId of new Set(usedBy.map((s) => s.moduleId))) await renumberSlots(tx, moduleId);
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.remove",
      targetType: "QuizQuestion",
      targetId: questionId,
      before: { kind: question.kind, prompt: question.prompt, usedBy: usedBy.map((s) => s.moduleId) },
    });
  });
}
