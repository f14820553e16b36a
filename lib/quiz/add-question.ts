// A new question in a course's bank (in a category or none), audited; written from a quiz's page, it is also
// added at the end of that quiz.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { bankCategory, nextSlotPosition, slotOwner, storeQuestion } from "./bank-question";
import { parseQuestion } from "./question-input";
import { quizModule } from "./quiz-module";
import { ownCourse } from "@/lib/authoring/own-course";

export async function addQuestion(
  author: Author,
  courseId: string,
  moduleId: string | null,
  input: Record<string, unknown>,
) {
  const question = parseQuestion(input);
  await forTenant(author.ctx, async (tx) => {
    if (moduleId) await quizModule(tx, author, courseId, moduleId);
    else await ownCourse(tx, author, courseId);
    const categoryId = await bankCategory(tx, courseId, input.categoryId);
    const created = await storeQuestion(tx, author, courseId, question, categoryId);
    if (moduleId)
      await tx.quizSlot.create({
        data: {
          ...slotOwner(author, courseId, moduleId),
          position: await nextSlotPosition(tx, moduleId),
          questionId: created.id,
        },
      });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.add",
      targetType: "QuizQuestion",
      targetId: created.id,
      after: { kind: question.kind, prompt: question.prompt, moduleId },
    });
  });
}
