// Importing the ready questions of a GIFT or Moodle XML file into a course's bank (in a category or none), in
// one transaction (all of them or none), audited once. The text is read again here: a preview is never
// trusted.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { bankCategory, storeQuestion } from "./bank-question";
import { readQuestionImport } from "./read-question-import";

/** The number of questions imported. */
export async function importQuestions(
  author: Author,
  courseId: string,
  input: { format: unknown; locale: unknown; source: unknown; categoryId?: unknown },
): Promise<number> {
  const rows = readQuestionImport(input);
  const ready = rows.flatMap((r) => (r.question ? [r.question] : []));
  if (ready.length === 0) throw new Invalid({ file: "importNothingReady" });
  return forTenant(author.ctx, async (tx) => {
    await ownCourse(tx, author, courseId);
    const categoryId = await bankCategory(tx, courseId, input.categoryId);
    for (const question of ready) await storeQuestion(tx, author, courseId, question, categoryId);
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.import",
      targetType: "Course",
      targetId: courseId,
      after: { format: input.format, categoryId, imported: ready.length, skipped: rows.length - ready.length },
    });
    return ready.length;
  });
}
