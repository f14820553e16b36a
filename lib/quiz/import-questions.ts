// Importing the ready questions of a GIFT or Moodle XML file at the end of a quiz, in one transaction (all of
// them or none), audited once. The text is read again here: a preview is never trusted.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, type Prisma } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { quizModule } from "./quiz-module";
import { readQuestionImport } from "./read-question-import";

/** The number of questions imported. */
export async function importQuestions(
  author: Author,
  courseId: string,
  moduleId: string,
  input: { format: unknown; locale: unknown; source: unknown },
): Promise<number> {
  const rows = readQuestionImport(input);
  const ready = rows.flatMap((r) => (r.question ? [r.question] : []));
  if (ready.length === 0) throw new Invalid({ file: "importNothingReady" });
  return forTenant(author.ctx, async (tx) => {
    await quizModule(tx, author, courseId, moduleId);
    const last = await tx.quizQuestion.aggregate({ where: { moduleId }, _max: { position: true } });
    const first = (last._max.position ?? -1) + 1;
    // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
    await tx.quizQuestion.createMany({
      data: ready.map((question, index) => ({
        ...question,
        choices: question.choices as Prisma.InputJsonValue,
        answer: question.answer as Prisma.InputJsonValue,
        moduleId,
        courseId,
        tenantId: author.ctx.tenantId,
        audience: "CUSTOMS_ONLY" as const,
        position: first + index,
      })),
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.import",
      targetType: "CourseModule",
      targetId: moduleId,
      after: { format: input.format, imported: ready.length, skipped: rows.length - ready.length },
    });
    return ready.length;
  });
}
