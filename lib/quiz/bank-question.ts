// Shared by the bank's use cases: a question of the author's course bank, a category of it, storing a
// question with its first version, and the next free place at the end of a quiz.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import type { Prisma, TenantTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import type { QuestionData } from "./question-input";

/** A question of the author's course's bank, or NotFound. */
export async function bankQuestion(tx: TenantTx, author: Author, courseId: string, questionId: string) {
  await ownCourse(tx, author, courseId);
  const question = UUID.test(questionId)
    ? await tx.quizQuestion.findFirst({ where: { id: questionId, courseId, tenantId: author.ctx.tenantId } })
    : null;
  if (!question) throw new NotFound();
  return question;
}

/** The category id a form names in this course's bank: none for "", Invalid for another course's. */
export async function bankCategory(tx: TenantTx, courseId: string, categoryId: unknown): Promise<string | null> {
  if (categoryId === undefined || categoryId === null || categoryId === "") return null;
  const found =
    typeof categoryId === "string" && UUID.test(categoryId)
      ? await tx.quizCategory.findFirst({ where: { id: categoryId, courseId }, select: { id: true } })
      : null;
  if (!found) throw new Invalid({ categoryId: "categoryUnknown" });
  return found.id;
}

const json = (question: QuestionData) => ({
  ...question,
  choices: question.choices as Prisma.InputJsonValue,
  answer: question.answer as Prisma.InputJsonValue,
});

/** Writes version `version` of a question, the one attempts started from now on are answered with. */
export async function keepVersion(
  tx: TenantTx,
  author: Author,
  courseId: string,
  questionId: string,
  version: number,
  question: QuestionData,
) {
  // Owner, isCore and audience are copied from the course by a trigger whatever is written here.
  await tx.quizQuestionVersion.create({
    data: { ...json(question), questionId, version, courseId, tenantId: author.ctx.tenantId, audience: "CUSTOMS_ONLY" },
  });
}

/** A new bank question with its version 1. */
export async function storeQuestion(
  tx: TenantTx,
  author: Author,
  courseId: string,
  question: QuestionData,
  categoryId: string | null,
) {
  const created = await tx.quizQuestion.create({
    data: { ...json(question), courseId, categoryId, tenantId: author.ctx.tenantId, audience: "CUSTOMS_ONLY" },
  });
  await keepVersion(tx, author, courseId, created.id, 1, question);
  return created;
}

/** The position after a quiz's last entry. */
export async function nextSlotPosition(tx: TenantTx, moduleId: string) {
  const last = await tx.quizSlot.aggregate({ where: { moduleId }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

/** The fields every slot of a quiz carries. */
export const slotOwner = (author: Author, courseId: string, moduleId: string) => ({
  tenantId: author.ctx.tenantId,
  courseId,
  moduleId,
  audience: "CUSTOMS_ONLY" as const,
});

/** Rewrites a quiz's positions 0..n-1 in the given order (closing the gaps removals leave). */
export async function renumberSlots(tx: TenantTx, moduleId: string, order?: Array<{ id: string; position: number }>) {
  const slots =
    order ??
    (await tx.quizSlot.findMany({
      where: { moduleId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    }));
  for (const [position, slot] of slots.entries())
    if (slot.position !== position) await tx.quizSlot.update({ where: { id: slot.id }, data: { position } });
}
