// Moving a quiz's entry (a chosen question or a random draw) one place up or down, audited. Positions are
// rewritten 0..n-1, which also closes gaps left by older removals.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { renumberSlots } from "./bank-question";
import { quizModule } from "./quiz-module";

export type Direction = "up" | "down";

export async function moveSlot(
  author: Author,
  courseId: string,
  moduleId: string,
  slotId: string,
  direction: Direction,
) {
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const order = await tx.quizSlot.findMany({
      where: { moduleId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const index = order.findIndex((s) => s.id === slotId);
    const target = direction === "up" ? index - 1 : index + 1;
    if (index < 0 || (direction !== "up" && direction !== "down")) throw new NotFound();
    // At either end there is nowhere to go: nothing changes.
    if (target < 0 || target >= order.length) return;
    [order[index], order[target]] = [order[target], order[index]];
    await renumberSlots(tx, moduleId, order);
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.move",
      targetType: "QuizSlot",
      targetId: slotId,
      before: { position: index },
      after: { position: target },
    });
  });
}
