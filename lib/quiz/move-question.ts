// Moving a question one place up or down in its quiz, audited. Positions are rewritten 0..n-1, which also
// closes gaps left by older removals.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { quizModule } from "./quiz-module";

export type Direction = "up" | "down";

export async function moveQuestion(
  author: Author,
  courseId: string,
  moduleId: string,
  questionId: string,
  direction: Direction,
) {
  await forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const order = await tx.quizQuestion.findMany({
      where: { moduleId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const index = order.findIndex((q) => q.id === questionId);
    const target = direction === "up" ? index - 1 : index + 1;
    if (index < 0 || (direction !== "up" && direction !== "down")) throw new NotFound();
    // At either end there is nowhere to go: nothing changes.
    if (target < 0 || target >= order.length) return;
    [order[index], order[target]] = [order[target], order[index]];
    for (const [position, q] of order.entries())
      if (q.position !== position) await tx.quizQuestion.update({ where: { id: q.id }, data: { position } });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.move",
      targetType: "QuizQuestion",
      targetId: questionId,
      before: { position: index },
      after: { position: target },
    });
  });
}
