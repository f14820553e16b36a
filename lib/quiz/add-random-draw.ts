// Adding a random entry at the end of a quiz: this many questions drawn from a category of the bank for each
// attempt (fewer when the category has fewer left). Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { bankCategory, nextSlotPosition, slotOwner } from "./bank-question";
import { quizModule } from "./quiz-module";
import { randomDrawSchema } from "./schemas";

export async function addRandomDraw(author: Author, courseId: string, moduleId: string, input: unknown) {
  const parsed = randomDrawSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const categoryId = await bankCategory(tx, courseId, parsed.data.categoryId);
    const { drawCount } = parsed.data;
    await tx.quizSlot.create({
      data: {
        ...slotOwner(author, courseId, moduleId),
        position: await nextSlotPosition(tx, moduleId),
        categoryId,
        drawCount,
      },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.slot.add",
      targetType: "CourseModule",
      targetId: moduleId,
      after: { categoryId, drawCount },
    });
  });
}
