// Taking an entry (a chosen question or a random draw) out of a quiz, audited; the question stays in the bank
// and the entries after it move up.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { renumberSlots } from "./bank-question";
import { quizModule } from "./quiz-module";

export async function removeSlot(author: Author, courseId: string, moduleId: string, slotId: string) {
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const slot = UUID.test(slotId) ? await tx.quizSlot.findFirst({ where: { id: slotId, moduleId } }) : null;
    if (!slot) throw new NotFound();
    await tx.quizSlot.delete({ where: { id: slotId } });
    await renumberSlots(tx, moduleId);
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.slot.remove",
      targetType: "CourseModule",
      targetId: moduleId,
      before: { questionId: slot.questionId, categoryId: slot.categoryId, drawCount: slot.drawCount },
    });
  });
}
