// Editing a bank question in place, in one language: its other languages are kept, and its choices keep their
// ids while their number and the kind stay. Every quiz using it shows the edit in attempts started from now
// on; attempts already started keep the version they were drawn with (a new version is kept). Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant, type Prisma } from "@/lib/db";
import { bankCategory, bankQuestion, keepVersion } from "./bank-question";
import { parseQuestion } from "./question-input";

export async function editQuestion(
  author: Author,
  courseId: string,
  questionId: string,
  input: Record<string, unknown>,
) {
  await forTenant(author.ctx, async (tx) => {
    const before = await bankQuestion(tx, author, courseId, questionId);
    const question = parseQuestion(input, before);
    const categoryId =
      input.categoryId === undefined ? before.categoryId : await bankCategory(tx, courseId, input.categoryId);
    const version = before.version + 1;
    await tx.quizQuestion.update({
      where: { id: questionId },
      data: {
        ...question,
        choices: question.choices as Prisma.InputJsonValue,
        answer: question.answer as Prisma.InputJsonValue,
        categoryId,
        version,
      },
    });
    await keepVersion(tx, author, courseId, questionId, version, question);
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.question.edit",
      targetType: "QuizQuestion",
      targetId: questionId,
      before: { kind: before.kind, prompt: before.prompt, choices: before.choices, answer: before.answer },
      after: { ...question, version },
    });
  });
}
