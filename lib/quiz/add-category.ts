// A new category of a course's question bank, audited; a name the bank already has is refused.
import type { Author } from "@/lib/authoring/author";
import { ownCourse } from "@/lib/authoring/own-course";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { categorySchema } from "./schemas";

export async function addCategory(author: Author, courseId: string, input: unknown) {
  const parsed = categorySchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(author.ctx, async (tx) => {
    await ownCourse(tx, author, courseId);
    const { name } = parsed.data;
    if (await tx.quizCategory.findFirst({ where: { courseId, name }, select: { id: true } }))
      throw new Invalid({ name: "categoryExists" });
    const created = await tx.quizCategory.create({
      data: { name, courseId, tenantId: author.ctx.tenantId, audience: "CUSTOMS_ONLY" },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "quiz.category.add",
      targetType: "QuizCategory",
      targetId: created.id,
      after: { name },
    });
  });
}
